#pragma once
// The window's two-state tooltip: a pinned state and the hovered one side by side, the US
// and the difference between them (state_comparison.hpp builds the lines; `medmap info
// --compare` prints the same ones).
#include "core/figure/overlay.hpp"
#include "core/figure/state_comparison.hpp"
#include "core/figure/window_furniture.hpp"

namespace medmap::figure {

// Near `anchor`, kept inside `bounds` (the window); the text shrinks (to 9 px) where the
// window is narrower than the table.
Overlay comparison_tooltip_overlay(const StateComparison& comparison, geo::Vec2 anchor, const geo::Box& bounds,
                                   const FurnitureStyle& style);

}  // namespace medmap::figure
