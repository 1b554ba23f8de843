#include "e2e_support.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

namespace e2e {

AppProcess::AppProcess(const std::string& args, const std::filesystem::path& log, const std::filesystem::path& cwd) {
    pid_ = ::fork();
    if (pid_ == 0) {
        const std::string cd = cwd.empty() ? "" : "cd '" + cwd.string() + "' && ";
        const std::string cmd = cd + "exec '" + std::string(MEDMAP_EXE) + "' " + args + " >'" + log.string() + "' 2>&1";
        ::execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
}

AppProcess::~AppProcess() {
    if (pid_ > 0) {
        ::kill(pid_, SIGTERM);
        ::waitpid(pid_, nullptr, 0);
    }
}

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool wait_for(const std::function<bool()>& ready, std::chrono::milliseconds timeout) {
    const auto until = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < until) {
        if (ready()) return true;
        std::this_thread::sleep_for(50ms);
    }
    return ready();
}

int sh(const std::string& cmd) { return std::system(cmd.c_str()); }

sf::Image screenshot(const std::filesystem::path& path) {
    REQUIRE(sh("import -window root '" + path.string() + "'") == 0);
    sf::Image image;
    REQUIRE(image.loadFromFile(path.string()));
    return image;
}

}  // namespace e2e
