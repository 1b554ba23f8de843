#include <catch2/catch.hpp>

#include "core/figure/palette.hpp"

using namespace medmap::figure;

TEST_CASE("every sequential palette gets darker monotonically (CIELAB L*)") {
    for (const auto& name : palette_names(PaletteKind::Sequential)) {
        for (int n = 3; n <= 9; ++n) {
            auto colors = *palette_colors(name, n);
            REQUIRE(colors.size() == static_cast<std::size_t>(n));
            // viridis runs dark to light; ColorBrewer light to dark: either way, strictly monotonic.
            double first = cielab_lightness(colors.front()), last = cielab_lightness(colors.back());
            for (std::size_t i = 1; i < colors.size(); ++i) {
                INFO(name << " " << n << " colour " << i);
                double prev = cielab_lightness(colors[i - 1]), cur = cielab_lightness(colors[i]);
                if (first > last) CHECK(cur < prev);
                else CHECK(cur > prev);
            }
        }
    }
}

TEST_CASE("every diverging palette's lightness is symmetric about its middle") {
    for (const auto& name : palette_names(PaletteKind::Diverging)) {
        for (int n = 3; n <= 9; ++n) {
            auto colors = *palette_colors(name, n);
            for (int i = 0; i < n / 2; ++i) {
                INFO(name << " " << n << " pair " << i);
                CHECK(cielab_lightness(colors[i]) == Approx(cielab_lightness(colors[n - 1 - i])).margin(7.0));
            }
        }
    }
}

TEST_CASE("palettes are the published ColorBrewer colours") {
    auto ylgnbu5 = *palette_colors("YlGnBu", 5);
    CHECK(ylgnbu5.front() == Rgba::from_hex(0xffffcc));
    CHECK(ylgnbu5.back() == Rgba::from_hex(0x253494));
    CHECK_FALSE(palette_colors("NoSuchPalette", 5));
}

TEST_CASE("CIELAB lightness of black, white and mid grey") {
    CHECK(cielab_lightness({0, 0, 0, 255}) == Approx(0).margin(1e-9));
    CHECK(cielab_lightness({255, 255, 255, 255}) == Approx(100).margin(1e-6));
    CHECK(cielab_lightness({119, 119, 119, 255}) == Approx(50).margin(0.5));
}

TEST_CASE("default palettes: wages (adjusted or not) blue-green, counts purple, diverging BrBG") {
    using medmap::data::MetricId;
    using medmap::figure::default_palette;
    CHECK(default_palette(MetricId::MedianWage, false) == "YlGnBu");
    CHECK(default_palette(MetricId::AdjustedMedianWage, false) == "YlGnBu");
    CHECK(default_palette(MetricId::AdjustedMeanWage, false) == "YlGnBu");
    CHECK(default_palette(MetricId::Employment, false) == "Purples");
    CHECK(default_palette(MetricId::Openings, false) == "Purples");
    CHECK(default_palette(MetricId::Growth, true) == "BrBG");
    CHECK(default_palette(MetricId::AdjustedMeanWage, true) == "BrBG");
}
