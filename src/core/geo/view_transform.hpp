#pragma once
// Maps map units to pixels: uniform scale (aspect preserved) plus translation.
#include "core/geo/geometry.hpp"

namespace medmap::geo {

struct ViewTransform {
    double scale = 1;  // pixels per map unit
    Vec2 offset;       // pixel position of map point (0, 0)

    Vec2 to_screen(Vec2 map) const { return {map.x * scale + offset.x, map.y * scale + offset.y}; }
    Vec2 to_map(Vec2 screen) const { return {(screen.x - offset.x) / scale, (screen.y - offset.y) / scale}; }

    // Fits `map_bounds` centred into `viewport` (pixels) leaving `margin` pixels on every side.
    static ViewTransform fit(const Box& map_bounds, const Box& viewport, double margin);
    // Zooms by `factor` keeping the map point under `screen_anchor` fixed.
    ViewTransform zoomed(double factor, Vec2 screen_anchor) const;
    ViewTransform panned(Vec2 pixels) const { return {scale, {offset.x + pixels.x, offset.y + pixels.y}}; }
};

}  // namespace medmap::geo
