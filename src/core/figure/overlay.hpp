#pragma once
// What the window draws over or beside the figure (side panel, tooltip, find field,
// status message, help, save dialog), as plain boxes and text placed by the core. The
// one painter (figure_painter.hpp) draws an Overlay; a backend only passes primitives.
#include <optional>
#include <string>
#include <vector>

#include "core/figure/color.hpp"
#include "core/figure/draw_target.hpp"
#include "core/figure/layout.hpp"

namespace medmap::figure {

struct OverlayBox {
    geo::Box box;
    Rgba fill;
    Rgba frame;           // drawn inside the box when frame_px > 0
    double frame_px = 0;
};

struct OverlayText {
    TextSlot slot;
    std::string text;
    Rgba color;
    FontWeight weight = FontWeight::Regular;
};

struct Overlay {
    std::vector<OverlayBox> boxes;  // drawn first, in order
    std::vector<OverlayText> texts;  // then these, in order
    std::optional<geo::Box> clip;   // a scrolled overlay draws only inside this box
    bool empty() const { return boxes.empty() && texts.empty(); }
    // The union of the boxes: where the overlay covers what is under it.
    geo::Box bounds() const;
    // The boxes whose fill is opaque, inside the clip: where nothing under the overlay
    // shows through (a window need not repair what lies there before drawing it).
    std::vector<geo::Box> opaque_areas() const;
};

}  // namespace medmap::figure
