#pragma once
// What a canvas shows of a figure: the map, the ranking view's bars, or both side by side.
// The window's B key and `medmap export --view` choose; both lay out and paint through here.
#include <optional>
#include <string_view>

#include "core/figure/draw_target.hpp"
#include "core/figure/figure.hpp"
#include "core/figure/figure_painter.hpp"
#include "core/figure/layout.hpp"
#include "core/figure/ranking_layout.hpp"

namespace medmap::figure {

enum class FigureView { Map, Bars, Both };

std::optional<FigureView> figure_view_from_string(std::string_view name);  // "map", "bars", "both"
inline constexpr const char* kFigureViewChoices = "map, bars or both";
std::string_view view_slug(FigureView view);   // "map", "bars", "both": as `export --view` takes it
std::string_view view_label(FigureView view);  // "map", "ranking", "map and ranking": as the window says it

struct ViewLayout {
    FigureView view = FigureView::Map;
    geo::Box canvas;
    // Map and Both: the map figure (for Both in the canvas's left part). Bars: only its
    // title, subtitle and source slots are used.
    FigureLayout map;
    std::optional<RankingLayout> bars;  // Bars and Both
};

// For Both, the map keeps this share of the canvas's width and the bars get the rest.
inline constexpr double kBothMapShare = 0.58;

ViewLayout layout_view(const Figure& figure, const geo::Atlas& atlas, const geo::Box& canvas, FigureView view,
                       double scale = 1.0, const TextMeasure& measure = {}, double text_scale = 1.0);

void paint_view(DrawTarget& target, const Figure& figure, const geo::Atlas& atlas, const ViewLayout& layout,
                const MapDetail& detail = {});

// One state's highlight in whatever the view shows: its outline on the map, its row
// among the bars.
void paint_view_highlight(DrawTarget& target, const Figure& figure, const geo::Atlas& atlas,
                          const ViewLayout& layout, std::size_t state, Rgba color, double width_px);

}  // namespace medmap::figure
