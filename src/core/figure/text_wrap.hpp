#pragma once
// Breaking a text into lines that fit a width, for texts the core lays out in more than
// one line (a long legend title, a long key description in the help).
#include <string>
#include <vector>

#include "core/figure/text_measure.hpp"

namespace medmap::figure {

// `text` in lines no wider than `room` pixels where it can be, broken at spaces outside
// parentheses, so "(BEA RPP, US = 100)" stays whole. A word wider than `room` gets a
// line of its own.
std::vector<std::string> wrapped(const TextMeasure& measure, const std::string& text, double px, double room,
                                 bool bold);

}  // namespace medmap::figure
