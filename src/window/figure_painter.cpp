#include "window/figure_painter.hpp"

#include <algorithm>

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

}  // namespace

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
