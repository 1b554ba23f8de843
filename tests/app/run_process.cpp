#include "run_process.hpp"

#include <sys/wait.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {
std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
}  // namespace

ProcessResult run_medmap(const std::string& args, const std::string& env) {
    static int counter = 0;
    const auto dir = std::filesystem::temp_directory_path();
    const auto tag = std::to_string(::getpid()) + "_" + std::to_string(counter++);
    const auto out = dir / ("medmap_out_" + tag), err = dir / ("medmap_err_" + tag);
    const std::string cmd = env + " '" + std::string(MEDMAP_EXE) + "' " + args + " >'" + out.string() + "' 2>'" +
                            err.string() + "' </dev/null";
    int raw = std::system(cmd.c_str());
    ProcessResult r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
    r.out = slurp(out);
    r.err = slurp(err);
    std::filesystem::remove(out);
    std::filesystem::remove(err);
    return r;
}

int line_count(const std::string& s) {
    int n = 0;
    for (char c : s) n += c == '\n';
    if (!s.empty() && s.back() != '\n') ++n;
    return n;
}
