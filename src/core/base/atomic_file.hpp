#pragma once
// Writes go to a temporary file beside the target, then rename: a failure never leaves
// a partial file, and an existing file is only ever replaced by a complete one.
#include <filesystem>
#include <stdexcept>
#include <string_view>

namespace medmap {

// Throws OutputError (one line naming the path and the reason) on any failure.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

struct OutputError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

}  // namespace medmap
