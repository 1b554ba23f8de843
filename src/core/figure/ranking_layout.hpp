#pragma once
// Where the ranking view's rows go in a box: rank, state name, bar and value per row, in
// as many columns (up to three) as it takes for every state to fit without scrolling.
#include <optional>
#include <vector>

#include "core/figure/draw_target.hpp"
#include "core/figure/figure.hpp"
#include "core/figure/layout.hpp"

namespace medmap::figure {

struct RankingRow {
    std::size_t bar = 0;   // index into RankingChart::bars
    geo::Box row;          // the whole row: what hovering hits
    TextSlot rank, name, value;  // rank right-aligned before the name; value just past the bar
    geo::Box bar_box;      // the bar from the zero line to the value; empty for no data
    geo::Box swatch;       // no data: a hatched swatch where the bar would start
};

struct RankingColumn {
    geo::Box track;        // the bars' span: axis_min at its left, axis_max at its right
    Segment reference;     // the US line across the column's ranked rows; zero length if none
    TextSlot reference_label;
};

struct RankingLayout {
    geo::Box area;
    TextSlot heading;
    std::vector<RankingColumn> columns;
    std::vector<RankingRow> rows;  // parallel to RankingChart::bars
    double row_px = 0, text_px = 0;
    double reference_px = 1.5;     // the US line's width
    double hatch_spacing_px = 6, hatch_line_px = 1, frame_px = 1;
    geo::Vec2 hatch_origin;
};

inline constexpr int kMaxRankingColumns = 3;

// `unit` as FigureLayout::unit. Rows are at least legible (11 px text at unit 1); more
// columns are used until they are.
RankingLayout layout_ranking(const Figure& figure, const geo::Box& area, double unit, const TextMeasure& measure = {});

// The state (index into atlas.states) whose row holds `point`, if any.
std::optional<std::size_t> ranking_state_at(const Figure& figure, const RankingLayout& layout, geo::Vec2 point);

}  // namespace medmap::figure
