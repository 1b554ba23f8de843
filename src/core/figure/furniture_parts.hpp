#pragma once
// The small pieces every window furniture overlay is made of (window_furniture.cpp,
// comparison_tooltip.cpp): measured text, text at a place, a framed panel box.
#include <string>

#include "core/figure/overlay.hpp"
#include "core/figure/text_measure.hpp"
#include "core/figure/window_furniture.hpp"

namespace medmap::figure {

inline double width_of(const FurnitureStyle& s, const std::string& text, double px, bool bold) {
    return measure_text(s.measure, text, px, bold);
}

inline OverlayText text_at(geo::Vec2 top_left, double px, std::string text, Rgba color, FontWeight weight) {
    return {{top_left, px}, std::move(text), color, weight};
}

// A panel box with a thin frame, as tooltips, fields and dialogs have.
inline OverlayBox framed(const geo::Box& box, const FurnitureStyle& s) {
    return {box, s.colors.panel, s.colors.muted_text, 1.0};
}

}  // namespace medmap::figure
