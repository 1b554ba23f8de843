#include "core/figure/color.hpp"

#include <algorithm>
#include <cmath>

namespace medmap::figure {

namespace {
double linear(std::uint8_t channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
}  // namespace

double relative_luminance(Rgba c) {
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double contrast_ratio(Rgba a, Rgba b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgba readable_text_on(Rgba fill) {
    const Rgba dark{20, 20, 20, 255}, light{250, 250, 250, 255};
    return contrast_ratio(dark, fill) >= contrast_ratio(light, fill) ? dark : light;
}

double cielab_lightness(Rgba c) {
    double y = relative_luminance(c);  // Y relative to the D65 white, which has Y = 1
    double f = y > 216.0 / 24389.0 ? std::cbrt(y) : (24389.0 / 27.0 * y + 16.0) / 116.0;
    return 116.0 * f - 16.0;
}

}  // namespace medmap::figure
