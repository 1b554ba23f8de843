#pragma once
// Reading one figure cell of the source CSVs. BLS writes special codes instead of a
// number: "*" (or "**") when an estimate is not published and "#" when a wage is
// $187,200 or more. Those and blank cells become null; nothing is ever filled in.
#include <cstdint>
#include <string_view>
#include <variant>

namespace medmap::data {

// A figure as written in the source: whole numbers stay whole, so the JSON shows
// 31700, not 31700.0, and 23.1 stays 23.1.
using StatNumber = std::variant<std::int64_t, double>;

double to_double(const StatNumber& n);

struct BlsCell {
    enum class Kind { Number, Blank, NotPublished, TopCoded, NotANumber };
    Kind kind = Kind::NotANumber;
    StatNumber number{};  // when kind == Number
};

// Accepts an optional minus sign, digits and an optional fraction: no spaces, thousands
// separators, exponents or plus signs, which would mean the extract is not what we think.
BlsCell read_bls_cell(std::string_view text);

}  // namespace medmap::data
