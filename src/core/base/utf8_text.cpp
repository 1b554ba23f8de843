#include "core/base/utf8_text.hpp"

namespace medmap {

std::size_t utf8_length(const std::string& text) {
    std::size_t n = 0;
    for (unsigned char c : text) n += (c & 0xC0) != 0x80;  // count every byte that starts a code point
    return n;
}

std::string utf8_prefix(const std::string& text, std::size_t count) {
    std::size_t starts = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && starts++ == count) return text.substr(0, i);
    return text;
}

std::string pad_right(const std::string& text, std::size_t columns) {
    const std::size_t len = utf8_length(text);
    return len >= columns ? text : text + std::string(columns - len, ' ');
}

std::string ascii_lowercase(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

}  // namespace medmap
