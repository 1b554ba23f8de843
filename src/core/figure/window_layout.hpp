#pragma once
// The interactive window's frame: the side panel of specialties at the left and the
// canvas the figure is laid out in (layout.hpp), in pixels, for any window size from the
// minimum up.
#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/figure/text_measure.hpp"
#include "core/geo/geometry.hpp"

namespace medmap::figure {

// Below this the figure cannot show its legend and map side by side; the window refuses
// to shrink further.
inline constexpr unsigned kMinWindowWidth = 640;
inline constexpr unsigned kMinWindowHeight = 400;
// Lines under the specialty list: the layer's settings and the F1 hint.
inline constexpr std::size_t kPanelStatusLines = 6;

struct PanelRow {
    geo::Box box;
    std::string label;  // the specialty's name, or its short name where the full one does not fit
    std::string key;    // the shortcut shown: "1".."9", "0", "-", "="
};

struct WindowLayout {
    geo::Box panel;                 // left side panel
    geo::Vec2 panel_heading;        // "Specialty" heading, top-left
    std::vector<PanelRow> specialty_rows;
    geo::Vec2 metric_hint;          // the status lines under the list
    double status_line_h = 20;
    geo::Box canvas;                // where the figure goes
    double text_px = 14;
};

// The panel is as wide as its longest (bold) specialty name, up to 28% of the window;
// narrower, the rows use the catalog's short names ("Lab technicians").
WindowLayout layout_window(double width, double height, const std::vector<data::Specialty>& specialties,
                           const TextMeasure& measure = {});

// Which specialty row a point is in.
std::optional<std::size_t> panel_row_at(const WindowLayout& layout, geo::Vec2 point);

// Places a tooltip of `size` near the cursor: below-right by default, flipped left or up
// so that it stays entirely inside `bounds` (clamped if it is larger than the bounds).
geo::Box place_tooltip(geo::Vec2 cursor, geo::Vec2 size, const geo::Box& bounds, double gap = 16);

}  // namespace medmap::figure
