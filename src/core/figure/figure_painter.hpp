#pragma once
// The one painter: draws a core figure onto any DrawTarget, exactly as the figure and its
// layout say, deciding no colour, break, label or position of its own. The window, the
// PNG/PDF/SVG exports and the web page all draw through it.
#include "core/figure/draw_target.hpp"
#include "core/figure/figure.hpp"
#include "core/figure/layout.hpp"
#include "core/figure/overlay.hpp"
#include "core/geo/atlas.hpp"

namespace medmap::figure {

void paint_figure(DrawTarget& target, const Figure& figure, const geo::Atlas& atlas, const FigureLayout& layout);

// The thick frame that marks the hovered or selected state: its outline, and its callout
// box if that is shown. `width_px` comes from the window's scene.
void paint_state_highlight(DrawTarget& target, const Figure& figure, const geo::Atlas& atlas,
                           const FigureLayout& layout, std::size_t state, Rgba color, double width_px);

// Boxes, then texts, inside the overlay's clip if it has one.
void paint_overlay(DrawTarget& target, const Overlay& overlay);

// 45-degree lines ("/") covering `box`, on a grid anchored at `origin` so the hatches of
// neighbouring states (and the legend swatch) line up.
std::vector<Segment> hatch_lines(const geo::Box& box, double spacing_px, geo::Vec2 origin = {});

// A state's shape in canvas pixels under `view`, dropping vertices that cannot show.
PixelPath state_pixels(const geo::MultiPolygon& shape, const geo::ViewTransform& view);

// A figure's value as a plain number for data attributes and tables: "52470", "23.1".
std::string plain_number(double value);

}  // namespace medmap::figure
