#pragma once
// The one painter: draws a core figure onto any DrawTarget, exactly as the figure and its
// layout say, deciding no colour, break, label or position of its own. The window, the
// PNG/PDF/SVG exports and the web page all draw through it.
#include "core/figure/draw_target.hpp"
#include "core/figure/figure.hpp"
#include "core/figure/layout.hpp"
#include "core/figure/map_paths.hpp"
#include "core/figure/overlay.hpp"
#include "core/geo/atlas.hpp"

namespace medmap::figure {

// How much of the geodata's detail the map is drawn with. By default, detail below a
// quarter of a device pixel is dropped through the atlas's levels of detail
// (geo::shape_for_pixel: topology-preserving, so neighbours still meet exactly).
struct MapDetail {
    double device_scale = 1;  // output (device) pixels per canvas pixel: 2 for a 2x PNG
    bool full = false;        // every vertex of the geodata, however small (--full-detail)
};

// `map_paths`, when given, keeps the projected state shapes for the next figure painted
// with the same view (the web page's layers); the drawing is the same with or without it.
void paint_figure(DrawTarget& target, const Figure& figure, const geo::Atlas& atlas, const FigureLayout& layout,
                  const MapDetail& detail = {}, MapPathsCache* map_paths = nullptr);

// The thick frame that marks the hovered or selected state: its outline (at the level of
// detail drawn at that zoom), and its callout box if that is shown. `width_px` comes from
// the window's scene.
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
