#pragma once
#include <string>

namespace medmap {

// Number of Unicode code points in UTF-8 text: what a terminal column count needs
// ("2012–2022" is 9 columns but 11 bytes).
std::size_t utf8_length(const std::string& text);

// The first `count` code points of `text`.
std::string utf8_prefix(const std::string& text, std::size_t count);

// `text` padded with spaces to `columns` code points (unchanged if already longer).
std::string pad_right(const std::string& text, std::size_t columns);

// `text` with A-Z turned to a-z (other bytes, UTF-8 included, unchanged): for file
// extensions and flag values compared without regard to case.
std::string ascii_lowercase(std::string text);

}  // namespace medmap
