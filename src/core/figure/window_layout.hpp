#pragma once
// The interactive window's own furniture (side panel of specialties, status line, help
// overlay, tooltip placement), in pixels. The figure itself is laid out by layout.hpp
// inside `canvas`.
#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/figure/text_measure.hpp"
#include "core/geo/geometry.hpp"

namespace medmap::figure {

struct PanelRow {
    geo::Box box;
    std::string label;  // "1  EMTs and paramedics"
    std::string key;    // the shortcut shown: "1".."9", "0", "-", "="
};

struct WindowLayout {
    geo::Box panel;                 // left side panel
    geo::Vec2 panel_heading;        // "Specialty" heading, top-left
    std::vector<PanelRow> specialty_rows;
    geo::Vec2 metric_hint;          // "M: metric ..." under the list
    geo::Box canvas;                // where the figure goes
    double text_px = 14;
};

// The panel is as wide as its longest (bold) specialty name, up to 28% of the window.
WindowLayout layout_window(double width, double height, const std::vector<data::Specialty>& specialties,
                           const TextMeasure& measure = {});

// Which specialty row a point is in.
std::optional<std::size_t> panel_row_at(const WindowLayout& layout, geo::Vec2 point);

// The shortcut key of the i-th specialty: 1..9, 0, -, = (empty beyond twelve).
std::string specialty_shortcut(std::size_t index);

// Places a tooltip of `size` near the cursor: below-right by default, flipped left or up
// so that it stays entirely inside `bounds` (clamped if it is larger than the bounds).
geo::Box place_tooltip(geo::Vec2 cursor, geo::Vec2 size, const geo::Box& bounds, double gap = 16);

}  // namespace medmap::figure
