#pragma once
// Draws a core figure onto any DrawTarget: exactly what the figure and its layout say,
// deciding no colour, break, label or position of its own.
#include "core/figure/figure.hpp"
#include "core/figure/layout.hpp"
#include "core/geo/albers_usa.hpp"
#include "export/draw_target.hpp"

namespace medmap::exporter {

void paint_figure(DrawTarget& target, const figure::Figure& figure, const geo::Atlas& atlas,
                  const figure::FigureLayout& layout);

// 45-degree lines ("/") covering `box`, on a grid anchored at the canvas origin so the
// hatches of neighbouring states (and the legend swatch) line up.
std::vector<Segment> hatch_lines(const geo::Box& box, double spacing_px);

}  // namespace medmap::exporter
