#pragma once
// Draws a figure (map, title, subtitle, legend, source line) exactly as the core laid it
// out. Used for the window's cached map and for render tests.
#include <SFML/Graphics.hpp>

#include "core/figure/figure.hpp"
#include "core/figure/layout.hpp"
#include "window/choropleth_layer.hpp"
#include "window/text.hpp"

namespace medmap::window {

void draw_figure(sf::RenderTarget& target, const Fonts& fonts, const ChoroplethLayer& layer,
                 const figure::Figure& figure, const figure::FigureLayout& layout, const geo::ViewTransform& view);

// Diagonal hatching inside `box`, the same pattern the shader draws for no-data states.
void draw_hatch(sf::RenderTarget& target, const geo::Box& box, sf::Color color, float spacing);

sf::RectangleShape make_box(const geo::Box& box, sf::Color fill);

}  // namespace medmap::window
