#pragma once
#include <filesystem>
#include <string>

namespace medmap::window {

// The TTF file fontconfig chooses for `pattern` (e.g. "DejaVu Sans:bold"). Throws
// std::runtime_error naming the pattern when no scalable font file is found.
std::filesystem::path locate_font(const std::string& pattern);

}  // namespace medmap::window
