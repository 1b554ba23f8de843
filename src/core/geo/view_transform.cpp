#include "core/geo/view_transform.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace medmap::geo {

ViewTransform ViewTransform::fit(const Box& map_bounds, const Box& viewport, double margin) {
    if (map_bounds.empty() || viewport.empty()) return {};

    // A margin that leaves no room is ignored rather than producing a zero or negative
    // scale, which would make to_map() divide by zero.
    double room_x = viewport.width() - 2 * margin;
    double room_y = viewport.height() - 2 * margin;
    if (room_x <= 0 || room_y <= 0) {
        room_x = viewport.width();
        room_y = viewport.height();
    }

    constexpr double unbounded = std::numeric_limits<double>::infinity();
    const double scale_x = map_bounds.width() > 0 ? room_x / map_bounds.width() : unbounded;
    const double scale_y = map_bounds.height() > 0 ? room_y / map_bounds.height() : unbounded;
    double scale = std::min(scale_x, scale_y);
    if (!std::isfinite(scale) || scale <= 0) scale = 1;  // a single point, or a zero-size viewport

    const Vec2 map_centre = map_bounds.center();
    const Vec2 screen_centre = viewport.center();
    return {scale, {screen_centre.x - map_centre.x * scale, screen_centre.y - map_centre.y * scale}};
}

ViewTransform ViewTransform::zoomed(double factor, Vec2 screen_anchor) const {
    if (!std::isfinite(factor) || factor <= 0) return *this;
    const Vec2 anchored = to_map(screen_anchor);
    const double new_scale = scale * factor;
    return {new_scale, {screen_anchor.x - anchored.x * new_scale, screen_anchor.y - anchored.y * new_scale}};
}

}  // namespace medmap::geo
