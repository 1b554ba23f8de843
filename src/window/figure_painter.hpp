#pragma once
// Draws a figure (map with callout boxes and labels, title, subtitle, legend, source line)
// exactly as the core laid it out. Used for the window's cached map and for render tests.
#include <SFML/Graphics.hpp>

#include "core/figure/figure.hpp"
#include "core/figure/layout.hpp"
#include "window/choropleth_layer.hpp"
#include "window/text.hpp"

namespace medmap::window {

void draw_figure(sf::RenderTarget& target, const Fonts& fonts, const ChoroplethLayer& layer,
                 const figure::Figure& figure, const figure::FigureLayout& layout, const geo::ViewTransform& view);

// A thick frame around `state`'s callout box, if it has one (the hover highlight).
void draw_callout_highlight(sf::RenderTarget& target, const figure::Figure& figure, std::size_t state,
                            const geo::ViewTransform& view, sf::Color color, float width_px);

// Diagonal hatching inside `box`, the same pattern the shader draws for no-data states.
void draw_hatch(sf::RenderTarget& target, const geo::Box& box, sf::Color color, float spacing);

sf::RectangleShape make_box(const geo::Box& box, sf::Color fill);

// A straight line `width` pixels wide (GL lines are always one pixel).
void draw_line(sf::RenderTarget& target, geo::Vec2 a, geo::Vec2 b, float width, sf::Color color);

}  // namespace medmap::window
