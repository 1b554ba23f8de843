#include "core/figure/layout.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/figure/state_labels.hpp"
#include "core/figure/text_wrap.hpp"

namespace medmap::figure {

namespace {

// A text size no larger than `size_px` at which `text` fits in `room` pixels.
double fitted_size(const TextMeasure& measure, const std::string& text, double size_px, double room, bool bold) {
    const double width = measure_text(measure, text, size_px, bold);
    return (width > room && width > 0) ? size_px * room / width : size_px;
}

geo::Box on_screen(const geo::Box& b, const geo::ViewTransform& view) {
    geo::Box px;
    px.include(view.to_screen({b.min_x, b.min_y}));
    px.include(view.to_screen({b.max_x, b.max_y}));
    return px;
}

// A tall legend (nine classes) can reach up to the callout boxes. A map fitted by its
// height has room at the sides: slide it left; else fit it into the part of the viewport
// left of the legend.
geo::ViewTransform clear_of_legend(const geo::ViewTransform& view, const geo::Box& drawn, const geo::Box& callouts,
                                   const geo::Box& map, const geo::Box& legend, double gap) {
    if (callouts.empty()) return view;
    const geo::Box boxes = on_screen(callouts, view);
    if (!boxes.intersects(legend)) return view;
    const double need = boxes.max_x - (legend.min_x - gap);
    const double room = on_screen(drawn, view).min_x - map.min_x;
    if (room >= need) return view.panned({-need, 0});
    return geo::ViewTransform::fit(drawn, {map.min_x, map.min_y, legend.min_x - gap, map.max_y}, 0);
}

}  // namespace

double size_unit(const geo::Box& canvas, double scale) {
    // Everything but the map grows in proportion to the canvas, so a 7680x4320 export is
    // a 1920x1080 one at 4x. 1100x720 is the reference (the window's canvas beside the
    // panel is about that). Small canvases (the window at its 640x400 minimum) shrink only
    // to 3/4, so text stays readable and the map keeps room.
    return std::max(0.75, std::min(canvas.width() / 1100.0, canvas.height() / 720.0)) * scale;
}

FigureLayout layout_figure(const Figure& figure, const geo::Atlas& atlas, const geo::Box& canvas,
                           double scale, const TextMeasure& measure, double text_scale) {
    FigureLayout l;
    l.canvas = canvas;
    const double w = canvas.width();
    const double unit = size_unit(canvas, scale);
    const double text = unit * text_scale;  // text sizes; lines, swatches and margins follow `unit`
    l.unit = unit;
    const double pad = 18 * unit;
    // Long titles (and narrow canvases) shrink the line rather than run off the canvas.
    const double room = w - 2 * pad;
    const double title_px = fitted_size(measure, figure.title, 26 * text, room, true);
    const double sub_px = fitted_size(measure, figure.subtitle, 15 * text, room, false);
    const double body_px = 14 * text;
    const double small_px = fitted_size(measure, figure.source_line, 12 * text, room, false);

    double y = canvas.min_y + pad;
    l.title = {{canvas.min_x + pad, y}, title_px};
    y += title_px * 1.35;
    l.subtitle = {{canvas.min_x + pad, y}, sub_px};
    y += sub_px * 1.6;
    l.source = {{canvas.min_x + pad, canvas.max_y - pad - small_px}, small_px};

    // Legend: a column at the right, rows of swatch + label, bottom-aligned with the map.
    const std::size_t rows = figure.legend.entries.size();
    const double swatch = 18 * unit, row_h = std::max(24 * unit, body_px * 1.6);
    // Wide enough for the legend's longest label and its title (drawn bold), which wraps
    // where it is wider than the labels and a usual title ("Median annual wage (USD)").
    double legend_content = 0;
    for (const LegendEntry& e : figure.legend.entries)
        legend_content = std::max(legend_content, swatch * 1.6 + 8 * unit + measure_text(measure, e.label, body_px, false));
    // A title wider than 400 reference pixels (only the adjusted wages') wraps into about
    // two halves, so the legend stays clear of Florida.
    const double title_w = measure_text(measure, figure.legend.title, body_px, true);
    const double title_room = title_w > std::max(legend_content, 400 * text) ? title_w * 0.55 : title_w;
    l.legend_title_lines = wrapped(measure, figure.legend.title, body_px, std::max(legend_content, title_room), true);
    for (const std::string& line : l.legend_title_lines)
        legend_content = std::max(legend_content, measure_text(measure, line, body_px, true));
    const double title_h = body_px * (1.6 + 1.25 * static_cast<double>(std::max<std::size_t>(l.legend_title_lines.size(), 1) - 1));
    const LegendGradient* gradient = figure.legend.gradient ? &*figure.legend.gradient : nullptr;
    const double gap = 12 * unit;
    double gradient_h = 0;
    if (gradient) {
        const double low = measure_text(measure, gradient->low_label, body_px, false);
        const double high = measure_text(measure, gradient->high_label, body_px, false);
        const double centre = measure_text(measure, gradient->centre_label, body_px, false);
        // The centre label sits centred between the end labels with a gap either side.
        legend_content = std::max(legend_content, gradient->centre_label.empty()
                                                      ? low + high + gap
                                                      : 2 * std::max(low, high) + centre + 2 * gap);
        gradient_h = swatch + 4 * unit + body_px * 1.3 + 6 * unit;
    }
    // Rounded up to a step, so that backends whose fonts measure a pixel apart (the window
    // measures with SFML, exports with Cairo) lay out the same legend.
    const double step = 10 * unit;
    const double legend_w =
        std::min(std::ceil(std::max(210 * unit, legend_content + pad) / step) * step, std::max(room, 1.0));
    const double legend_h = pad * 0.5 + title_h + gradient_h + static_cast<double>(rows) * row_h + pad * 0.5;
    const double map_bottom = l.source.top_left.y - pad * 0.6;
    l.legend = {canvas.max_x - pad - legend_w, map_bottom - legend_h, canvas.max_x - pad, map_bottom};
    l.legend_title = {{l.legend.min_x + pad * 0.5, l.legend.min_y + pad * 0.5}, body_px};
    for (std::size_t i = 0; i < l.legend_title_lines.size(); ++i)
        l.legend_title_slots.push_back(
            {{l.legend_title.top_left.x, l.legend_title.top_left.y + body_px * 1.25 * static_cast<double>(i)}, body_px});
    double ry = l.legend_title.top_left.y + title_h;
    if (gradient) {
        GradientLayout g;
        g.bar = {l.legend.min_x + pad * 0.5, ry, l.legend.max_x - pad * 0.5, ry + swatch};
        const double label_y = g.bar.max_y + 4 * unit;
        g.low = {{g.bar.min_x, label_y}, body_px};
        g.high = {{g.bar.max_x - measure_text(measure, gradient->high_label, body_px, false), label_y}, body_px};
        if (!gradient->centre_label.empty()) {
            const double cx = g.bar.center().x;
            g.centre = {{cx - measure_text(measure, gradient->centre_label, body_px, false) / 2, label_y}, body_px};
            const double tick = std::max(1.0, 1.5 * unit);
            g.centre_tick = {cx - tick / 2, g.bar.min_y - 3 * unit, cx + tick / 2, g.bar.max_y + 3 * unit};
        }
        l.legend_gradient = g;
        ry += gradient_h;
    }
    for (std::size_t i = 0; i < rows; ++i, ry += row_h) {
        LegendRow row;
        row.swatch = {l.legend.min_x + pad * 0.5, ry, l.legend.min_x + pad * 0.5 + swatch * 1.6, ry + swatch};
        row.label = {{row.swatch.max_x + 8 * unit, ry + (std::min(swatch, row_h) - body_px) / 2}, body_px};
        l.legend_rows.push_back(row);
    }

    // The map takes the rest; it may run under the legend's column only where the legend
    // box is not (the legend sits bottom-right, over the Atlantic).
    l.map = {canvas.min_x + pad, y, canvas.max_x - pad - legend_w * 0.55, map_bottom};
    l.map_frame = {l.map.min_x, l.map.min_y, canvas.max_x - pad, l.map.max_y};
    // The callout boxes stand a little out to sea: fit them too.
    geo::Box drawn = atlas.bounds, callouts;
    for (const Callout& c : figure.callouts) callouts.include(c.box);
    drawn.include(callouts);
    l.view = geo::ViewTransform::fit(drawn, l.map, 0);
    l.view = clear_of_legend(l.view, drawn, callouts, l.map, l.legend, pad * 0.5);
    l.outline_px = std::max(0.6, 0.8 * unit);
    l.leader_dot_px = 1.6 * l.outline_px + 0.6;  // visible at any outline width
    l.label_px = 11 * text;
    l.hatch_spacing_px = 6 * unit;
    l.hatch_line_px = std::max(0.8, 1.2 * unit);
    l.frame_px = std::max(0.6, 0.8 * unit);
    l.hatch_origin = {canvas.min_x, canvas.min_y};
    set_view(l, figure, atlas, l.view, measure);
    return l;
}

geo::ViewTransform carried_view(const FigureLayout& l, const ViewCarry& carry) {
    if (carry.fitted) return l.view;
    geo::ViewTransform v = l.view;
    v.scale *= carry.zoom;
    const geo::Vec2 at = v.to_screen(carry.centre), want = l.map.center();
    return v.panned({want.x - at.x, want.y - at.y});
}

namespace {

// The callout column in pixels: the boxes under `view`, enlarged to at least `min_side`
// (growing leftwards, away from the legend) and spaced out about the column's middle,
// then moved to stay inside `frame` and clear of `legend`: up above it if there is room,
// else left of it. Leader lines still reach their states.
std::vector<geo::Box> callout_pixels(const std::vector<Callout>& callouts, const geo::ViewTransform& view,
                                     double min_side, const geo::Box& frame, const geo::Box& legend) {
    std::vector<geo::Box> boxes;
    for (const Callout& c : callouts) boxes.push_back(on_screen(c.box, view));
    if (boxes.empty()) return boxes;
    geo::Box column;
    double side = 1e300;
    for (const geo::Box& b : boxes) {
        side = std::min(side, std::min(b.width(), b.height()));
        column.include(b);
    }
    if (side >= min_side || side <= 0) return boxes;
    const double grow = min_side / side, middle = column.center().y;
    for (geo::Box& b : boxes) {
        const double cy = middle + (b.center().y - middle) * grow;
        const double w = b.width() * grow, h = b.height() * grow;
        b = {b.max_x - w, cy - h / 2, b.max_x, cy + h / 2};
    }
    auto bounds = [&] {
        geo::Box all;
        for (const geo::Box& b : boxes) all.include(b);
        return all;
    };
    auto shift = [&](double dx, double dy) {
        for (geo::Box& b : boxes) b = {b.min_x + dx, b.min_y + dy, b.max_x + dx, b.max_y + dy};
    };
    geo::Box all = bounds();
    if (all.max_y > frame.max_y) shift(0, frame.max_y - all.max_y);
    all = bounds();
    if (all.min_y < frame.min_y) shift(0, frame.min_y - all.min_y);
    all = bounds();
    if (all.intersects(legend)) {
        const double gap = min_side * 0.25;
        if (legend.min_y - gap - all.height() >= frame.min_y) shift(0, legend.min_y - gap - all.max_y);
        else shift(legend.min_x - gap - all.max_x, 0);
    }
    return boxes;
}

}  // namespace

void set_view(FigureLayout& l, const Figure& figure, const geo::Atlas& atlas, const geo::ViewTransform& view,
              const TextMeasure& measure) {
    l.view = view;
    // Half a pixel of slack: a box fitted flush to the frame stays shown.
    const geo::Box& f = l.map_frame;
    const geo::Box frame{f.min_x - 0.5, f.min_y - 0.5, f.max_x + 0.5, f.max_y + 0.5};
    // A two-letter code at 8 px needs a box about 1.6 times that.
    const double min_side = std::max(l.label_px, 8.0) * 1.6;
    l.callout_boxes = callout_pixels(figure.callouts, view, min_side, l.map_frame, l.legend);
    l.callout_shown.assign(figure.callouts.size(), true);
    for (std::size_t k = 0; k < figure.callouts.size(); ++k) {
        const geo::Box& box = l.callout_boxes[k];
        const geo::Vec2 end = view.to_screen(figure.callouts[k].leader_to);
        l.callout_shown[k] = frame.contains({box.min_x, box.min_y}) && frame.contains({box.max_x, box.max_y}) &&
                             frame.contains(end) && !box.intersects(l.legend) && !l.legend.contains(end);
    }
    l.labels = state_labels(figure, atlas, view, l.map_frame, l.label_px, measure, l.callout_shown, l.callout_boxes);
    // Codes under the legend would be hidden by it.
    std::erase_if(l.labels, [&](const StateLabel& label) { return l.legend.contains(label.centre); });
}

}  // namespace medmap::figure
