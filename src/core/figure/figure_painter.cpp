#include "core/figure/figure_painter.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

#include "core/geo/detail_levels.hpp"

namespace medmap::figure {

namespace {

PixelPath rect_path(const geo::Box& b) {
    return {{{{b.min_x, b.min_y}, {b.max_x, b.min_y}, {b.max_x, b.max_y}, {b.min_x, b.max_y}}}, {}, 0, {}};
}

geo::Box grown(geo::Box b, double by) { return {b.min_x - by, b.min_y - by, b.max_x + by, b.max_y + by}; }

geo::Box to_pixels(const geo::Box& map_box, const geo::ViewTransform& view) {
    geo::Box px;
    px.include(view.to_screen({map_box.min_x, map_box.min_y}));
    px.include(view.to_screen({map_box.max_x, map_box.max_y}));
    return px;
}

// A small disc marking where a leader line ends, as a polygon (12 sides are round at 4 px).
PixelPath dot(geo::Vec2 centre, double radius) {
    geo::Ring ring;
    for (int k = 0; k < 12; ++k) {
        const double a = k * 2 * 3.14159265358979323846 / 12;
        ring.push_back({centre.x + radius * std::cos(a), centre.y + radius * std::sin(a)});
    }
    return {{ring}, {}, 0, {}};
}

ShapeTags state_tags(const Figure& fig, const geo::Atlas& atlas, std::size_t i, const char* id_prefix) {
    const StateStyle& style = fig.states[i];
    ShapeTags tags;
    tags.usps = atlas.states[i].usps;
    tags.id = id_prefix + tags.usps;
    if (style.value) tags.value = plain_number(*style.value);
    tags.class_key = style.no_data() ? "no-data" : std::to_string(style.class_index);
    return tags;
}

void hatch(DrawTarget& target, const PixelPath& clip, const geo::Box& bounds, const Figure& fig,
           const FigureLayout& layout) {
    target.stroke_lines_within(clip, hatch_lines(bounds, layout.hatch_spacing_px, layout.hatch_origin),
                               fig.colors.no_data_hatch, layout.hatch_line_px);
}

// The small states' boxes that are shown: leader lines first (under the boxes), then each
// box filled like its state (hatched for no data) and framed; their codes are drawn with
// the labels.
void paint_callouts(DrawTarget& target, const Figure& fig, const geo::Atlas& atlas, const FigureLayout& layout) {
    const auto& colors = fig.colors;
    auto box_of = [&](std::size_t k) {
        return k < layout.callout_boxes.size() ? layout.callout_boxes[k] : to_pixels(fig.callouts[k].box, layout.view);
    };
    auto shown = [&](std::size_t k) { return k >= layout.callout_shown.size() || layout.callout_shown[k]; };
    std::vector<Segment> leaders;
    for (std::size_t k = 0; k < fig.callouts.size(); ++k)
        if (shown(k)) {
            const geo::Box box = box_of(k);  // the line leaves the middle of the box's left side
            leaders.push_back({{box.min_x, box.center().y}, layout.view.to_screen(fig.callouts[k].leader_to)});
        }
    target.stroke_segments(leaders, colors.muted_text, layout.outline_px);
    for (const Segment& s : leaders) target.fill_path(dot(s.to, layout.leader_dot_px), colors.muted_text);
    for (std::size_t k = 0; k < fig.callouts.size(); ++k) {
        const Callout& c = fig.callouts[k];
        if (!shown(k) || c.state >= fig.states.size() || c.state >= atlas.states.size()) continue;
        const StateStyle& style = fig.states[c.state];
        const geo::Box box = box_of(k);
        target.fill_path(rect_path(box), style.fill, state_tags(fig, atlas, c.state, "callout-"));
        if (style.no_data()) hatch(target, rect_path(box), box, fig, layout);
        target.stroke_rect(box, colors.muted_text, layout.outline_px);
    }
}

// Map units per device pixel under `layout`'s view; 0 asks for the full outlines.
double map_units_per_device_pixel(const FigureLayout& layout, const MapDetail& detail) {
    const double device_px_per_unit = layout.view.scale * detail.device_scale;
    return detail.full || !(device_px_per_unit > 0) ? 0.0 : 1.0 / device_px_per_unit;
}

void paint_map(DrawTarget& target, const Figure& fig, const geo::Atlas& atlas, const FigureLayout& layout,
               const MapDetail& detail, MapPathsCache* cache) {
    // The map stays inside its frame (a zoomed view would otherwise run over the title
    // and legend), with room for the outermost outlines' outer half.
    const geo::Box clip = grown(layout.map_frame, layout.outline_px);
    target.push_clip(clip);

    const MapPathsKey key{layout.view, map_units_per_device_pixel(layout, detail), clip};
    MapPaths projected;
    if (!cache) projected = project_map(atlas, key);
    const MapPaths& map = cache ? cache->get(atlas, key) : projected;
    const std::vector<PixelPath>& paths = map.states;

    const auto& colors = fig.colors;
    for (std::size_t i = 0; i < paths.size(); ++i)
        if (!paths[i].empty()) target.fill_path(paths[i], fig.states[i].fill, state_tags(fig, atlas, i, "state-"));
    // The hatch marks "no data" in a way no class colour can be mistaken for.
    for (std::size_t i = 0; i < paths.size(); ++i)
        if (!paths[i].empty() && fig.states[i].no_data()) hatch(target, paths[i], map.bounds[i], fig, layout);
    // Outlines after every fill, so no neighbour's fill covers half a shared border.
    target.stroke_path(map.outlines, colors.outline, layout.outline_px);

    for (const geo::Box& frame : atlas.inset_frames)
        target.stroke_rect(to_pixels(frame, layout.view), colors.frame, layout.frame_px);
    paint_callouts(target, fig, atlas, layout);
    for (const StateLabel& label : layout.labels) target.text(label.slot, label.text, label.color, FontWeight::Bold);
    target.pop_clip();
}

// An unclassed legend: the ramp as equal slices, framed, its ends (and centre) labelled.
void paint_gradient(DrawTarget& target, const LegendGradient& gradient, const GradientLayout& g, const Figure& fig,
                    const FigureLayout& layout) {
    const auto& colors = fig.colors;
    const double n = static_cast<double>(gradient.colors.size());
    for (std::size_t i = 0; i < gradient.colors.size(); ++i) {
        const double x0 = g.bar.min_x + g.bar.width() * static_cast<double>(i) / n;
        const double x1 = g.bar.min_x + g.bar.width() * static_cast<double>(i + 1) / n;
        target.fill_rect({x0, g.bar.min_y, x1, g.bar.max_y}, gradient.colors[i]);
    }
    target.stroke_rect(g.bar, colors.frame, layout.frame_px);
    target.text(g.low, gradient.low_label, colors.text, FontWeight::Regular);
    target.text(g.high, gradient.high_label, colors.text, FontWeight::Regular);
    if (!gradient.centre_label.empty()) {
        target.fill_rect(g.centre_tick, colors.text);
        target.text(g.centre, gradient.centre_label, colors.text, FontWeight::Regular);
    }
}

void paint_legend(DrawTarget& target, const Figure& fig, const FigureLayout& layout) {
    const auto& colors = fig.colors;
    target.fill_rect(layout.legend, colors.panel);
    // The title in the lines the layout wrapped it into (one for a usual title).
    for (std::size_t i = 0; i < layout.legend_title_lines.size() && i < layout.legend_title_slots.size(); ++i)
        target.text(layout.legend_title_slots[i], layout.legend_title_lines[i], colors.text, FontWeight::Bold);
    if (fig.legend.gradient && layout.legend_gradient)
        paint_gradient(target, *fig.legend.gradient, *layout.legend_gradient, fig, layout);
    const std::size_t rows = std::min(layout.legend_rows.size(), fig.legend.entries.size());
    int class_index = 0;
    for (std::size_t i = 0; i < rows; ++i) {
        const LegendEntry& entry = fig.legend.entries[i];
        const LegendRow& row = layout.legend_rows[i];
        ShapeTags tags;
        tags.id = entry.no_data ? "legend-no-data" : "legend-class-" + std::to_string(class_index);
        tags.class_key = entry.no_data ? "no-data" : std::to_string(class_index++);
        target.fill_rect(row.swatch, entry.fill, tags);
        if (entry.no_data) hatch(target, rect_path(row.swatch), row.swatch, fig, layout);
        target.stroke_rect(row.swatch, colors.frame, layout.frame_px);
        target.text(row.label, entry.label, colors.text, FontWeight::Regular);
    }
}

}  // namespace

PixelPath state_pixels(const geo::MultiPolygon& shape, const geo::ViewTransform& view) {
    // Vertices closer than this to the last one kept cannot show. Dropping them keeps a
    // densified 50 MB shapefile from costing gigabytes to fill and stroke, and leaves
    // ordinary boundaries (vertices pixels apart) as they are.
    constexpr double kMinStepPx = 0.1;
    PixelPath path;
    auto add_ring = [&](const geo::Ring& ring) {
        geo::Ring& out = path.rings.emplace_back();
        for (const geo::Vec2& p : ring) {
            const geo::Vec2 px = view.to_screen(p);
            if (!out.empty() && std::abs(px.x - out.back().x) < kMinStepPx && std::abs(px.y - out.back().y) < kMinStepPx)
                continue;
            out.push_back(px);
        }
    };
    for (const geo::Polygon& polygon : shape) {
        add_ring(polygon.outer);
        for (const geo::Ring& hole : polygon.holes) add_ring(hole);
    }
    return path;
}

std::vector<Segment> hatch_lines(const geo::Box& box, double spacing_px, geo::Vec2 origin) {
    std::vector<Segment> lines;
    if (box.empty() || !(spacing_px > 0)) return lines;
    // A "/" line is x + y = c; lines `spacing_px` apart (measured across) differ in c by
    // spacing * sqrt(2). The grid passes through `origin`.
    const double step = spacing_px * std::sqrt(2.0);
    const double o = origin.x + origin.y;
    const double first = o + std::floor((box.min_x + box.min_y - o) / step) * step;
    for (double c = first; c <= box.max_x + box.max_y + step; c += step)
        lines.push_back({{c - box.max_y, box.max_y}, {c - box.min_y, box.min_y}});
    return lines;
}

std::string plain_number(double value) {
    // Figures are published to at most two decimals (wages whole dollars, growth a tenth
    // of a point); differences from the US to a hundredth. Rounding there drops binary
    // noise (23.100000000000001) without losing a published digit.
    const double rounded = std::round(value * 100) / 100;
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, rounded == 0 ? 0.0 : rounded);
    return ec == std::errc() ? std::string(buf, end) : std::string();
}

void paint_state_highlight(DrawTarget& target, const Figure& fig, const geo::Atlas& atlas,
                           const FigureLayout& layout, std::size_t state, Rgba color, double width_px) {
    if (state >= atlas.states.size()) return;
    target.push_clip(grown(layout.map_frame, width_px));
    // The outline of the level of detail drawn at this zoom, so the frame sits on the border.
    const double pixel = map_units_per_device_pixel(layout, MapDetail{});
    target.stroke_path(state_pixels(geo::shape_for_pixel(atlas, state, pixel), layout.view), color, width_px);
    for (std::size_t k = 0; k < fig.callouts.size() && k < layout.callout_boxes.size(); ++k)
        if (fig.callouts[k].state == state && layout.callout_shown[k])
            target.stroke_rect(layout.callout_boxes[k], color, width_px);
    target.pop_clip();
}

geo::Box Overlay::bounds() const {
    geo::Box all;
    for (const OverlayBox& b : boxes) all.include(b.box);
    return all;
}

std::vector<geo::Box> Overlay::opaque_areas() const {
    std::vector<geo::Box> areas;
    for (const OverlayBox& b : boxes) {
        if (b.fill.a != 255) continue;
        const geo::Box area = clip ? b.box.intersection(*clip) : b.box;
        if (area.width() > 0 && area.height() > 0) areas.push_back(area);
    }
    return areas;
}

void paint_overlay(DrawTarget& target, const Overlay& overlay) {
    if (overlay.clip) target.push_clip(*overlay.clip);
    for (const OverlayBox& b : overlay.boxes) {
        target.fill_rect(b.box, b.fill);
        if (b.frame_px > 0) target.stroke_rect(b.box, b.frame, b.frame_px);
    }
    for (const OverlayText& t : overlay.texts) target.text(t.slot, t.text, t.color, t.weight);
    if (overlay.clip) target.pop_clip();
}

void paint_figure(DrawTarget& target, const Figure& fig, const geo::Atlas& atlas, const FigureLayout& layout,
                  const MapDetail& detail, MapPathsCache* map_paths) {
    const auto& colors = fig.colors;
    if (!fig.spec.transparent_background) target.fill_rect(layout.canvas, colors.background);
    paint_map(target, fig, atlas, layout, detail, map_paths);
    target.text(layout.title, fig.title, colors.text, FontWeight::Bold);
    if (!fig.subtitle.empty()) target.text(layout.subtitle, fig.subtitle, colors.muted_text, FontWeight::Regular);
    target.text(layout.source, fig.source_line, colors.muted_text, FontWeight::Regular);
    paint_legend(target, fig, layout);
}

}  // namespace medmap::figure
