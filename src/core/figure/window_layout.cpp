#include "core/figure/window_layout.hpp"

#include <algorithm>

#include "core/data/stats_catalog.hpp"
#include "core/figure/key_table.hpp"

namespace medmap::figure {

namespace {

std::string short_or_full(const data::Specialty& s) {
    const std::string_view short_name = data::catalog::short_name(s.slug);
    return short_name.empty() ? s.name : std::string(short_name);
}

}  // namespace

WindowLayout layout_window(double width, double height, const std::vector<data::Specialty>& specialties,
                           const TextMeasure& measure) {
    WindowLayout l;
    l.text_px = std::clamp(height / 800.0 * 14.0, 12.0, 20.0);
    const double px = l.text_px;
    const double label_x = px * 2.6, right_pad = px * 1.2;
    double widest = 0, widest_short = 0;
    for (const auto& s : specialties) {
        widest = std::max(widest, measure_text(measure, s.name, px, true));
        widest_short = std::max(widest_short, measure_text(measure, short_or_full(s), px, true));
    }
    // At most 28% of the window (380 px), but never too narrow for the short names.
    constexpr double kNarrowest = 205;
    const double cap = std::clamp(width * 0.28, kNarrowest, 380.0);
    const bool use_full = label_x + widest + right_pad <= cap;
    const double panel_w = std::min(label_x + (use_full ? widest : widest_short) + right_pad, cap);
    l.panel = {0, 0, panel_w, height};
    l.panel_heading = {px, px * 1.2};
    // Rows are two text lines high, closer together when the window is too short for that.
    const double top = l.panel_heading.y + px * 2.2;
    l.status_line_h = px * 1.45;
    const double status_h = px + static_cast<double>(kPanelStatusLines) * l.status_line_h + px * 0.5;
    const double rows = std::max<double>(1.0, static_cast<double>(specialties.size()));
    const double row_h = std::clamp((height - top - status_h) / rows, px * 1.3, px * 2.0);
    double y = top;
    for (std::size_t i = 0; i < specialties.size(); ++i, y += row_h)
        l.specialty_rows.push_back({{0, y, panel_w, y + row_h},
                                    use_full ? specialties[i].name : short_or_full(specialties[i]),
                                    specialty_key(i)});
    l.metric_hint = {px, y + px};
    l.canvas = {panel_w, 0, width, height};
    return l;
}

std::optional<std::size_t> panel_row_at(const WindowLayout& layout, geo::Vec2 point) {
    for (std::size_t i = 0; i < layout.specialty_rows.size(); ++i)
        if (layout.specialty_rows[i].box.contains(point)) return i;
    return std::nullopt;
}

geo::Box place_tooltip(geo::Vec2 cursor, geo::Vec2 size, const geo::Box& bounds, double gap) {
    double x = cursor.x + gap, y = cursor.y + gap;
    if (x + size.x > bounds.max_x) x = cursor.x - gap - size.x;  // flip to the left
    if (y + size.y > bounds.max_y) y = cursor.y - gap - size.y;  // flip above
    x = std::clamp(x, bounds.min_x, std::max(bounds.min_x, bounds.max_x - size.x));
    y = std::clamp(y, bounds.min_y, std::max(bounds.min_y, bounds.max_y - size.y));
    return {x, y, x + size.x, y + size.y};
}

}  // namespace medmap::figure
