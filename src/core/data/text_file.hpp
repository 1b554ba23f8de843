#pragma once
// Reading a whole input file, with the failure reported like any other bad input.
#include <cstddef>
#include <filesystem>
#include <limits>
#include <string>

namespace medmap::data {

// The file's bytes. Throws medmap::InputError naming the file when it is missing,
// is a directory, cannot be read, or holds more than `max_bytes` (a device such as
// /dev/zero, or a pipe, would otherwise be read until memory runs out).
std::string read_text_file(const std::filesystem::path& path,
                           std::size_t max_bytes = std::numeric_limits<std::size_t>::max());

}  // namespace medmap::data
