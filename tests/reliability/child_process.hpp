#pragma once
// Runs the real medmap executable as a user would, and measures it: exit status, what it
// printed on each stream, and its peak resident memory.
#include <filesystem>
#include <string>
#include <vector>

namespace reliability {

struct ChildResult {
    int status = -1;  // exit status, or 128 + signal
    std::string out, err;
    long peak_rss_kb = 0;  // of the medmap process alone
};

struct ChildOptions {
    std::vector<std::string> env;  // "NAME=value" set, "NAME" removed, on top of this environment
    std::filesystem::path cwd;     // empty: this process's
    bool as_nobody = false;        // when run as root, drop to uid/gid 65534 (root may write anywhere)
};

// `args` follow the executable's path (MEDMAP_EXE).
ChildResult run_medmap(const std::vector<std::string>& args, const ChildOptions& options = {});

int line_count(const std::string& text);

// A fresh folder under the system temp dir, removed with everything in it.
class ScratchDir {
public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
    std::vector<std::string> entries() const;  // file names, sorted

private:
    std::filesystem::path path_;
};

}  // namespace reliability
