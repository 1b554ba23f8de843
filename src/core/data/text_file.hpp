#pragma once
// Reading a whole input file, with the failure reported like any other bad input.
#include <filesystem>
#include <string>

namespace medmap::data {

// The file's bytes. Throws medmap::InputError naming the file when it is missing,
// is a directory or cannot be read.
std::string read_text_file(const std::filesystem::path& path);

}  // namespace medmap::data
