#include "core/figure/class_emphasis.hpp"

#include <cmath>

namespace medmap::figure {

namespace {

Rgba faded(Rgba c, Rgba toward) {
    auto mix = [](std::uint8_t a, std::uint8_t b) {
        return static_cast<std::uint8_t>(std::lround(a + (b - a) * kFadedShare));
    };
    return {mix(c.r, toward.r), mix(c.g, toward.g), mix(c.b, toward.b), c.a};
}

}  // namespace

std::optional<int> legend_row_class(const Figure& figure, std::size_t row) {
    const auto& entries = figure.legend.entries;
    if (row >= entries.size()) return std::nullopt;
    if (entries[row].no_data) return -1;
    if (figure.legend.gradient) return std::nullopt;  // a continuous ramp has no classes
    return static_cast<int>(row);
}

std::optional<std::size_t> legend_row_at(const Figure& figure, const FigureLayout& layout, geo::Vec2 p) {
    if (!layout.legend.contains(p)) return std::nullopt;
    for (std::size_t i = 0; i < layout.legend_rows.size() && i < figure.legend.entries.size(); ++i) {
        const geo::Box& s = layout.legend_rows[i].swatch;
        // The row's band: as tall as its swatch plus half the gap to the next, across the box.
        const double half_gap = s.height() * 0.25;
        if (p.y >= s.min_y - half_gap && p.y <= s.max_y + half_gap) return i;
    }
    return std::nullopt;
}

Figure with_class_emphasis(const Figure& figure, int class_index) {
    Figure out = figure;
    const Rgba bg = figure.colors.background;
    for (StateStyle& st : out.states) {
        if (st.class_index == class_index) continue;
        st.fill = faded(st.fill, bg);
        st.label_color = readable_text_on(st.fill);
    }
    for (RankedBar& bar : out.ranking.bars)
        if (bar.state < out.states.size() && figure.states[bar.state].class_index != class_index)
            bar.fill = faded(bar.fill, bg);
    for (std::size_t row = 0; row < out.legend.entries.size(); ++row)
        if (legend_row_class(figure, row) != std::optional<int>(class_index))
            out.legend.entries[row].fill = faded(out.legend.entries[row].fill, bg);
    return out;
}

}  // namespace medmap::figure
