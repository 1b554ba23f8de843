#include "core/figure/figure_view.hpp"

#include "core/figure/figure_painter.hpp"
#include "core/figure/ranking_painter.hpp"

namespace medmap::figure {

namespace {

// Each view's name on the command line (`export --view`, the "layer" log line) and in the
// window's side panel.
struct ViewNames {
    FigureView view;
    std::string_view slug, label;
};
constexpr ViewNames kViewNames[] = {
    {FigureView::Map, "map", "map"},
    {FigureView::Bars, "bars", "ranking"},
    {FigureView::Both, "both", "map and ranking"},
};

const ViewNames& names_of(FigureView view) {
    for (const ViewNames& n : kViewNames)
        if (n.view == view) return n;
    return kViewNames[0];
}

}  // namespace

std::optional<FigureView> figure_view_from_string(std::string_view name) {
    for (const ViewNames& n : kViewNames)
        if (n.slug == name) return n.view;
    return std::nullopt;
}

std::string_view view_slug(FigureView view) { return names_of(view).slug; }

std::string_view view_label(FigureView view) { return names_of(view).label; }

ViewLayout layout_view(const Figure& fig, const geo::Atlas& atlas, const geo::Box& canvas, FigureView view,
                       double scale, const TextMeasure& measure, double text_scale) {
    ViewLayout l;
    l.view = view;
    l.canvas = canvas;
    if (view == FigureView::Map) {
        l.map = layout_figure(fig, atlas, canvas, scale, measure, text_scale);
        return l;
    }
    if (view == FigureView::Bars) {
        // The map's layout over the whole canvas places the title, subtitle and source;
        // the bars take the map's and the legend's place between them.
        l.map = layout_figure(fig, atlas, canvas, scale, measure, text_scale);
        const double pad = l.map.title.top_left.x - canvas.min_x;
        const double top = l.map.map.min_y;
        const double bottom = l.map.source.top_left.y - pad * 0.6;
        l.bars = layout_ranking(fig, {canvas.min_x + pad, top, canvas.max_x - pad, bottom}, l.map.unit, measure);
        return l;
    }
    const double split = canvas.min_x + canvas.width() * kBothMapShare;
    l.map = layout_figure(fig, atlas, {canvas.min_x, canvas.min_y, split, canvas.max_y}, scale, measure, text_scale);
    const double pad = l.map.title.top_left.x - canvas.min_x;
    l.bars = layout_ranking(fig, {split + pad, canvas.min_y + pad, canvas.max_x - pad, l.map.legend.max_y},
                            l.map.unit, measure);
    return l;
}

void paint_view(DrawTarget& target, const Figure& fig, const geo::Atlas& atlas, const ViewLayout& l,
                const MapDetail& detail) {
    const auto& colors = fig.colors;
    if (l.view == FigureView::Bars) {
        if (!fig.spec.transparent_background) target.fill_rect(l.canvas, colors.background);
        target.text(l.map.title, fig.title, colors.text, FontWeight::Bold);
        if (!fig.subtitle.empty()) target.text(l.map.subtitle, fig.subtitle, colors.muted_text, FontWeight::Regular);
        target.text(l.map.source, fig.source_line, colors.muted_text, FontWeight::Regular);
    } else {
        if (l.view == FigureView::Both && !fig.spec.transparent_background) target.fill_rect(l.canvas, colors.background);
        paint_figure(target, fig, atlas, l.map, detail);
    }
    if (l.bars) paint_ranking(target, fig, *l.bars);
}

}  // namespace medmap::figure

namespace medmap::figure {

void paint_view_highlight(DrawTarget& target, const Figure& fig, const geo::Atlas& atlas, const ViewLayout& l,
                          std::size_t state, Rgba color, double width_px) {
    if (l.view != FigureView::Bars) paint_state_highlight(target, fig, atlas, l.map, state, color, width_px);
    if (l.bars) paint_ranking_highlight(target, fig, *l.bars, state, color, width_px);
}

}  // namespace medmap::figure
