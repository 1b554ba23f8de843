#include "core/data/bls_cell.hpp"

#include <charconv>

namespace medmap::data {

namespace {

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

}  // namespace

double to_double(const StatNumber& n) {
    return std::visit([](auto v) { return static_cast<double>(v); }, n);
}

BlsCell read_bls_cell(std::string_view text) {
    if (text.empty()) return {BlsCell::Kind::Blank, {}};
    if (text == "*" || text == "**") return {BlsCell::Kind::NotPublished, {}};
    if (text == "#") return {BlsCell::Kind::TopCoded, {}};

    const std::string_view unsigned_part = text.starts_with('-') ? text.substr(1) : text;
    const auto dot = unsigned_part.find('.');
    const bool whole = dot == std::string_view::npos;
    if (whole ? !all_digits(unsigned_part)
              : !all_digits(unsigned_part.substr(0, dot)) || !all_digits(unsigned_part.substr(dot + 1)))
        return {BlsCell::Kind::NotANumber, {}};

    const char* first = text.data();
    const char* last = text.data() + text.size();
    if (whole) {
        std::int64_t value = 0;
        const auto [end, ec] = std::from_chars(first, last, value);
        if (ec != std::errc() || end != last) return {BlsCell::Kind::NotANumber, {}};
        return {BlsCell::Kind::Number, value};
    }
    double value = 0;
    const auto [end, ec] = std::from_chars(first, last, value);
    if (ec != std::errc() || end != last) return {BlsCell::Kind::NotANumber, {}};
    return {BlsCell::Kind::Number, value};
}

}  // namespace medmap::data
