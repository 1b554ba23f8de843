#include "window/figure_painter.hpp"

#include <algorithm>
#include <cmath>

#include "core/figure/state_labels.hpp"

namespace medmap::window {

sf::RectangleShape make_box(const geo::Box& box, sf::Color fill) {
    sf::RectangleShape r({static_cast<float>(box.width()), static_cast<float>(box.height())});
    r.setPosition(static_cast<float>(box.min_x), static_cast<float>(box.min_y));
    r.setFillColor(fill);
    return r;
}

void draw_hatch(sf::RenderTarget& target, const geo::Box& box, sf::Color color, float spacing) {
    // Lines x + y = c, clipped to the box; `spacing` is measured across the lines.
    sf::VertexArray lines(sf::Lines);
    const double w = box.width(), h = box.height(), step = spacing * 1.41421356;
    for (double c = step; c < w + h; c += step) {
        double x0 = std::max(0.0, c - h), x1 = std::min(w, c);
        lines.append(sf::Vertex({static_cast<float>(box.min_x + x0), static_cast<float>(box.min_y + c - x0)}, color));
        lines.append(sf::Vertex({static_cast<float>(box.min_x + x1), static_cast<float>(box.min_y + c - x1)}, color));
    }
    target.draw(lines);
}

namespace {

// An unclassed legend: the ramp as equal slices, framed, its ends (and centre) labelled.
void draw_gradient(sf::RenderTarget& target, const Fonts& fonts, const figure::LegendGradient& gradient,
                   const figure::GradientLayout& g, const figure::ThemeColors& c) {
    const double n = static_cast<double>(gradient.colors.size());
    for (std::size_t i = 0; i < gradient.colors.size(); ++i) {
        const double x0 = g.bar.min_x + g.bar.width() * static_cast<double>(i) / n;
        const double x1 = g.bar.min_x + g.bar.width() * static_cast<double>(i + 1) / n;
        target.draw(make_box({x0, g.bar.min_y, x1, g.bar.max_y}, to_sf(gradient.colors[i])));
    }
    auto frame = make_box(g.bar, sf::Color::Transparent);
    frame.setOutlineColor(to_sf(c.frame));
    frame.setOutlineThickness(-1.f);
    target.draw(frame);
    target.draw(make_text(fonts.regular, gradient.low_label, g.low, to_sf(c.text)));
    target.draw(make_text(fonts.regular, gradient.high_label, g.high, to_sf(c.text)));
    if (!gradient.centre_label.empty()) {
        target.draw(make_box(g.centre_tick, to_sf(c.text)));
        target.draw(make_text(fonts.regular, gradient.centre_label, g.centre, to_sf(c.text)));
    }
}

geo::Box to_pixels(const geo::Box& map_box, const geo::ViewTransform& view) {
    geo::Box px;
    px.include(view.to_screen({map_box.min_x, map_box.min_y}));
    px.include(view.to_screen({map_box.max_x, map_box.max_y}));
    return px;
}

// The small states' boxes: leader lines first (under the boxes), then each box filled like
// its state (hatched for no data) and framed; their codes are drawn with the labels.
void draw_callouts(sf::RenderTarget& target, const figure::Figure& figure, const geo::Atlas& atlas,
                   const figure::FigureLayout& layout, const geo::ViewTransform& view) {
    const sf::Color line = to_sf(figure.colors.muted_text);
    const auto width = static_cast<float>(layout.outline_px);
    for (const figure::Callout& c : figure.callouts) {
        const geo::Vec2 a = view.to_screen(c.leader_from), b = view.to_screen(c.leader_to);
        draw_line(target, a, b, width, line);
        sf::CircleShape dot(static_cast<float>(layout.leader_dot_px), 12);
        dot.setOrigin(dot.getRadius(), dot.getRadius());
        dot.setPosition(static_cast<float>(b.x), static_cast<float>(b.y));
        dot.setFillColor(line);
        target.draw(dot);
    }
    for (const figure::Callout& c : figure.callouts) {
        if (c.state >= figure.states.size() || c.state >= atlas.states.size()) continue;
        const figure::StateStyle& style = figure.states[c.state];
        const geo::Box box = to_pixels(c.box, view);
        target.draw(make_box(box, to_sf(style.fill)));
        if (style.no_data())
            draw_hatch(target, box, to_sf(figure.colors.no_data_hatch), static_cast<float>(layout.hatch_spacing_px));
        auto frame = make_box(box, sf::Color::Transparent);
        frame.setOutlineColor(line);
        frame.setOutlineThickness(-width);
        target.draw(frame);
    }
}

}  // namespace

void draw_callout_highlight(sf::RenderTarget& target, const figure::Figure& figure, std::size_t state,
                            const geo::ViewTransform& view, sf::Color color, float width_px) {
    for (const figure::Callout& c : figure.callouts) {
        if (c.state != state) continue;
        auto frame = make_box(to_pixels(c.box, view), sf::Color::Transparent);
        frame.setOutlineColor(color);
        frame.setOutlineThickness(width_px);
        target.draw(frame);
    }
}

void draw_line(sf::RenderTarget& target, geo::Vec2 a, geo::Vec2 b, float width, sf::Color color) {
    const double dx = b.x - a.x, dy = b.y - a.y, len = std::hypot(dx, dy);
    if (len == 0) return;
    sf::RectangleShape bar({static_cast<float>(len), width});
    bar.setOrigin(0, width / 2);
    bar.setPosition(static_cast<float>(a.x), static_cast<float>(a.y));
    bar.setRotation(static_cast<float>(std::atan2(dy, dx) * 180.0 / 3.14159265358979323846));
    bar.setFillColor(color);
    target.draw(bar);
}

void draw_figure(sf::RenderTarget& target, const Fonts& fonts, const ChoroplethLayer& layer,
                 const figure::Figure& figure, const figure::FigureLayout& layout, const geo::ViewTransform& view) {
    const auto& c = figure.colors;
    if (!figure.spec.transparent_background) target.draw(make_box(layout.canvas, to_sf(c.background)));

    // The map may be zoomed past its viewport: clip it there with a view scissor.
    const sf::Vector2f size(target.getSize());
    sf::View clip(sf::FloatRect(static_cast<float>(layout.map.min_x), static_cast<float>(layout.map.min_y),
                                static_cast<float>(layout.map.width()), static_cast<float>(layout.map.height())));
    clip.setViewport({static_cast<float>(layout.map.min_x) / size.x, static_cast<float>(layout.map.min_y) / size.y,
                      static_cast<float>(layout.map.width()) / size.x, static_cast<float>(layout.map.height()) / size.y});
    const sf::View previous = target.getView();
    target.setView(clip);
    layer.draw(target, view, layout);
    draw_callouts(target, figure, layer.map().atlas, layout, view);
    for (const auto& label : figure::state_labels(figure, layer.map().atlas, view, layout.map, layout.label_px,
                                                  measure_with(fonts)))
        target.draw(make_text(fonts.bold, label.text, label.slot, to_sf(label.color)));
    target.setView(previous);

    target.draw(make_text(fonts.bold, figure.title, layout.title, to_sf(c.text)));
    target.draw(make_text(fonts.regular, figure.subtitle, layout.subtitle, to_sf(c.muted_text)));
    target.draw(make_text(fonts.regular, figure.source_line, layout.source, to_sf(c.muted_text)));

    auto panel = make_box(layout.legend, to_sf(c.panel));
    target.draw(panel);
    target.draw(make_text(fonts.bold, figure.legend.title, layout.legend_title, to_sf(c.text)));
    if (figure.legend.gradient && layout.legend_gradient)
        draw_gradient(target, fonts, *figure.legend.gradient, *layout.legend_gradient, c);
    for (std::size_t i = 0; i < figure.legend.entries.size() && i < layout.legend_rows.size(); ++i) {
        const auto& entry = figure.legend.entries[i];
        const auto& row = layout.legend_rows[i];
        auto swatch = make_box(row.swatch, to_sf(entry.fill));
        swatch.setOutlineColor(to_sf(c.frame));
        swatch.setOutlineThickness(-1.f);
        target.draw(swatch);
        if (entry.no_data)
            draw_hatch(target, row.swatch, to_sf(c.no_data_hatch), static_cast<float>(layout.hatch_spacing_px));
        target.draw(make_text(fonts.regular, entry.label, row.label, to_sf(c.text)));
    }
}

}  // namespace medmap::window
