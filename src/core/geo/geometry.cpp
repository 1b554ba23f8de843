#include "core/geo/geometry.hpp"

namespace medmap::geo {

Box bounds_of(const MultiPolygon& mp) {
    Box box;
    // Holes lie inside their outer ring, so the outer rings alone decide the bounds.
    for (const Polygon& polygon : mp)
        for (const Vec2& p : polygon.outer) box.include(p);
    return box;
}

}  // namespace medmap::geo
