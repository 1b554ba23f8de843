#pragma once
// One legend class picked out: its states keep their colours and every other state (and
// its bar in the ranking view, and its legend swatch) fades toward the background. The
// window does this while the pointer is on a legend row, or after a click on one.
#include <optional>

#include "core/figure/figure.hpp"
#include "core/figure/layout.hpp"

namespace medmap::figure {

// How far a faded fill moves from its colour toward the background (0 none, 1 all the way).
inline constexpr double kFadedShare = 0.72;

// The classes a legend row stands for: a class index, or -1 for the "no data" row.
// Unclassed (gradient) legends have no class rows: nullopt.
std::optional<int> legend_row_class(const Figure& figure, std::size_t row);

// The legend row under `point` (its swatch and label band across the legend box), if any.
std::optional<std::size_t> legend_row_at(const Figure& figure, const FigureLayout& layout, geo::Vec2 point);

// `figure` with every state, bar and legend swatch not in `class_index` faded.
Figure with_class_emphasis(const Figure& figure, int class_index);

}  // namespace medmap::figure
