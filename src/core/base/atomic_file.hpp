#pragma once
// Writes go to a temporary file beside the target, then rename: a failure never leaves
// a partial file, and an existing file is only ever replaced by a complete one.
#include <filesystem>
#include <stdexcept>
#include <string_view>

namespace medmap {

struct OutputError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// What to do with an existing file that has no write permission (no w bit for anyone):
// root could replace it, but its owner made it read-only on purpose.
enum class ReadOnly { Refuse, Replace };

// Throws OutputError "PATH is read-only (use --force to replace it)" when `path` is an
// existing regular file without write permission and `read_only` is Refuse.
void refuse_read_only(const std::filesystem::path& path, ReadOnly read_only);

// A replaced file keeps its permission bits; a new one gets rw-r--r--. Throws OutputError
// (one line naming the path and the reason) on any failure, and as refuse_read_only.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                           ReadOnly read_only = ReadOnly::Replace);

}  // namespace medmap
