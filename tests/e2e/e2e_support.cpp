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

LoggedWindow::LoggedWindow()
    : dir(std::filesystem::temp_directory_path() / ("medmap_e2e_window_" + std::to_string(::getpid()))),
      log(dir / "events.log") {
    if (const char* d = std::getenv("DISPLAY"); !d || !*d) FAIL("needs an X display: run under xvfb-run -a");
    REQUIRE(sh("command -v xdotool >/dev/null && command -v import >/dev/null") == 0);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    app = std::make_unique<AppProcess>("--window --log-events --window-size 1280x800", log, dir);
    REQUIRE(wait_for([] { return sh("xdotool search --name '^medmap: medical' >/dev/null 2>&1") == 0; }, 15000ms));
    REQUIRE(wait_for([&] { return logged("first-frame"); }, 15000ms));
    std::this_thread::sleep_for(300ms);
}

LoggedWindow::~LoggedWindow() {
    app.reset();
    std::filesystem::remove_all(dir);
}

bool LoggedWindow::logged(const std::string& text) const { return slurp(log).find(text) != std::string::npos; }

std::string LoggedWindow::last(const std::string& prefix) const {
    const std::string all = slurp(log);
    std::string found;
    std::size_t at = 0;
    while (at < all.size()) {
        std::size_t end = all.find('\n', at);
        if (end == std::string::npos) end = all.size();
        if (all.compare(at, prefix.size(), prefix) == 0) found = all.substr(at, end - at);
        at = end + 1;
    }
    return found;
}

void LoggedWindow::keys(const std::string& xdotool_args) const {
    sh("xdotool search --name '^medmap: medical' windowactivate --sync %1 2>/dev/null; xdotool search --name "
       "'^medmap: medical' key --window %1 " + xdotool_args);
}

void LoggedWindow::type(const std::string& text) const {
    sh("xdotool search --name '^medmap: medical' type --window %1 --delay 60 '" + text + "'");
}

int changed_pixels(const sf::Image& a, const sf::Image& b, unsigned x0, unsigned y0, unsigned x1, unsigned y1) {
    int n = 0;
    for (unsigned y = y0; y < y1; ++y)
        for (unsigned x = x0; x < x1; ++x) n += a.getPixel(x, y) != b.getPixel(x, y);
    return n;
}

}  // namespace e2e
