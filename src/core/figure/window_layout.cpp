#include "core/figure/window_layout.hpp"

#include <algorithm>

namespace medmap::figure {

std::string specialty_shortcut(std::size_t index) {
    static constexpr const char* kKeys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-", "="};
    return index < std::size(kKeys) ? kKeys[index] : "";
}

WindowLayout layout_window(double width, double height, const std::vector<data::Specialty>& specialties,
                           const TextMeasure& measure) {
    WindowLayout l;
    l.text_px = std::clamp(height / 800.0 * 14.0, 12.0, 20.0);
    const double row_h = l.text_px * 2.0;
    double widest = 0;
    for (const auto& s : specialties) widest = std::max(widest, measure_text(measure, s.name, l.text_px, true));
    // Capped so the map keeps most of the window; a longer name is elided when drawn.
    const double panel_w = std::clamp(l.text_px * 2.6 + widest + l.text_px * 1.2, 200.0, std::min(width * 0.28, 380.0));
    l.panel = {0, 0, panel_w, height};
    l.panel_heading = {l.text_px, l.text_px * 1.2};
    double y = l.panel_heading.y + l.text_px * 2.2;
    for (std::size_t i = 0; i < specialties.size(); ++i, y += row_h) {
        l.specialty_rows.push_back({{0, y, panel_w, y + row_h},
                                    specialties[i].name,
                                    specialty_shortcut(i)});
    }
    l.metric_hint = {l.text_px, y + l.text_px};
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
