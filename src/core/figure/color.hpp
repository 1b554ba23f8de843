#pragma once
#include <cstdint>

namespace medmap::figure {

struct Rgba {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
    friend bool operator==(const Rgba&, const Rgba&) = default;

    static constexpr Rgba from_hex(std::uint32_t rgb, std::uint8_t alpha = 255) {
        return {static_cast<std::uint8_t>(rgb >> 16), static_cast<std::uint8_t>(rgb >> 8),
                static_cast<std::uint8_t>(rgb), alpha};
    }
};

// WCAG relative luminance (0 black .. 1 white), used to pick readable text on a fill.
double relative_luminance(Rgba c);

// WCAG contrast ratio of two colours, 1 (none) to 21 (black on white).
double contrast_ratio(Rgba a, Rgba b);

// Near-black or near-white, whichever contrasts more with `fill`: at worst about 4.3:1,
// on a fill of middling luminance.
Rgba readable_text_on(Rgba fill);

// CIELAB lightness L* (0..100) of an sRGB colour under D65.
double cielab_lightness(Rgba c);

}  // namespace medmap::figure
