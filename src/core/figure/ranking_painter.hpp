#pragma once
// Draws the ranking view (ranking_chart.hpp, laid out by ranking_layout.hpp) onto any
// DrawTarget, deciding nothing itself: the window and every export draw the same bars.
#include "core/figure/draw_target.hpp"
#include "core/figure/figure.hpp"
#include "core/figure/ranking_layout.hpp"

namespace medmap::figure {

void paint_ranking(DrawTarget& target, const Figure& figure, const RankingLayout& layout);

// The thick frame around one state's row (hovered on the map or on the bars).
void paint_ranking_highlight(DrawTarget& target, const Figure& figure, const RankingLayout& layout,
                             std::size_t state, Rgba color, double width_px);

}  // namespace medmap::figure
