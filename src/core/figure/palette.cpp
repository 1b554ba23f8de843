#include "core/figure/palette.hpp"

#include <algorithm>
#include <cmath>

namespace medmap::figure {

namespace {
const PaletteTable* find_table(const std::string& name) {
    for (const auto& t : palette_tables())
        if (t.name == name) return &t;
    return nullptr;
}
}  // namespace

std::optional<std::vector<Rgba>> palette_colors(const std::string& name, int count) {
    const PaletteTable* table = find_table(name);
    if (!table) return std::nullopt;
    const int available = std::clamp(count, 3, 9);
    std::vector<Rgba> colors;
    for (std::uint32_t hex : table->by_count[available - 3]) colors.push_back(Rgba::from_hex(hex));
    if (count < 3) {
        // One or two classes: take the ends of the 3-colour set, not a light middle.
        if (count == 1) return std::vector<Rgba>{colors[1]};
        return std::vector<Rgba>{colors.front(), colors.back()};
    }
    return colors;
}

std::vector<std::string> palette_names(PaletteKind kind) {
    std::vector<std::string> names;
    for (const auto& t : palette_tables())
        if (t.kind == kind) names.push_back(t.name);
    return names;
}

std::string default_palette(data::MetricId metric, bool diverging) {
    // Growth is always diverging (is_diverging), so it never gets past this line.
    if (diverging) return "BrBG";
    const bool count = metric == data::MetricId::Employment || metric == data::MetricId::Openings;
    return count ? "Purples" : "YlGnBu";  // wages, adjusted for local prices or not
}

Rgba ramp_color(const std::string& name, double t) {
    auto colors = palette_colors(name, 9).value_or(std::vector<Rgba>{Rgba{}, Rgba{}});
    t = std::clamp(t, 0.0, 1.0) * static_cast<double>(colors.size() - 1);
    auto i = std::min(static_cast<std::size_t>(t), colors.size() - 2);
    double f = t - static_cast<double>(i);
    auto mix = [f](std::uint8_t a, std::uint8_t b) {
        return static_cast<std::uint8_t>(std::lround(a + (b - a) * f));
    };
    const Rgba& a = colors[i];
    const Rgba& b = colors[i + 1];
    return {mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b), 255};
}

}  // namespace medmap::figure
