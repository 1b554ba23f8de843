#include "core/figure/text_measure.hpp"

#include "core/base/utf8_text.hpp"

namespace medmap::figure {

double measure_text(const TextMeasure& measure, const std::string& utf8, double size_px, bool bold) {
    if (measure) return measure(utf8, size_px, bold);
    return static_cast<double>(utf8_length(utf8)) * size_px * (bold ? 0.66 : 0.62);
}

}  // namespace medmap::figure
