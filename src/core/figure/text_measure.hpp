#pragma once
// Layout needs text widths but the core has no fonts: backends pass a function that
// measures with the font they really draw with. Without one, a generous estimate of
// DejaVu Sans's advances is used (measured: up to 0.61 em per character for regular text
// such as "+24.3% – +47.5%", 0.65 em for bold), so a line still fits its box.
#include <functional>
#include <string>

namespace medmap::figure {

using TextMeasure = std::function<double(const std::string& utf8, double size_px, bool bold)>;

double measure_text(const TextMeasure& measure, const std::string& utf8, double size_px, bool bold);

}  // namespace medmap::figure
