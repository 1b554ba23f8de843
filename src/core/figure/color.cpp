#include "core/figure/color.hpp"

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

double cielab_lightness(Rgba c) {
    double y = relative_luminance(c);  // Y relative to the D65 white, which has Y = 1
    double f = y > 216.0 / 24389.0 ? std::cbrt(y) : (24389.0 / 27.0 * y + 16.0) / 116.0;
    return 116.0 * f - 16.0;
}

}  // namespace medmap::figure
