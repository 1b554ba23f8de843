#include "core/base/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace medmap {

namespace {

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() { if (fd_ >= 0) ::close(fd_); }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }
    int release() { int fd = fd_; fd_ = -1; return fd; }

private:
    int fd_;
};

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what, int err) {
    throw OutputError(path.string() + ": " + what + ": " + std::strerror(err));
}

}  // namespace

void refuse_read_only(const std::filesystem::path& path, ReadOnly read_only) {
    struct stat st {};
    if (read_only == ReadOnly::Refuse && ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
        (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
        throw OutputError(path.string() + " is read-only (use --force to replace it)");
}

void write_file_atomically(const std::filesystem::path& path, std::string_view bytes, ReadOnly read_only) {
    refuse_read_only(path, read_only);
    // A device such as /dev/full cannot be renamed over: write it in place, and report.
    std::error_code ec;
    if (std::filesystem::exists(path, ec) && !std::filesystem::is_regular_file(path, ec)) {
        FileDescriptor fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC));
        if (fd.get() < 0) fail(path, "cannot open for writing", errno);
        for (std::size_t done = 0; done < bytes.size();) {
            ssize_t n = ::write(fd.get(), bytes.data() + done, bytes.size() - done);
            if (n < 0) fail(path, "write failed", errno);
            done += static_cast<std::size_t>(n);
        }
        return;
    }
    // The permission bits the file ends with: a replaced file's own.
    struct stat existing {};
    const mode_t mode = ::stat(path.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : 0644;
    const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
    std::string temp_name = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
    FileDescriptor fd(::mkstemp(temp_name.data()));
    if (fd.get() < 0) fail(path, "cannot create a file in " + dir.string(), errno);
    auto discard = [&](const std::string& what, int err) {
        ::unlink(temp_name.c_str());
        fail(path, what, err);
    };
    for (std::size_t done = 0; done < bytes.size();) {
        ssize_t n = ::write(fd.get(), bytes.data() + done, bytes.size() - done);
        if (n < 0) discard("write failed", errno);
        done += static_cast<std::size_t>(n);
    }
    if (::fchmod(fd.get(), mode) != 0 || ::fsync(fd.get()) != 0) discard("write failed", errno);
    if (::close(fd.release()) != 0) discard("write failed", errno);
    if (::rename(temp_name.c_str(), path.c_str()) != 0) discard("cannot replace the file", errno);
}

}  // namespace medmap
