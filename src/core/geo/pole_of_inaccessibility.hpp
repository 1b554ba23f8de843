#pragma once
// The point inside a shape farthest from its edges (the "polylabel" point), with its
// distance to the nearest edge. It is where a label fits best, and a test's surest
// "point well inside this state".
#include "core/geo/geometry.hpp"

namespace medmap::geo {

struct InteriorPoint {
    Vec2 center;
    double clearance = 0;  // distance to the nearest edge, in the shape's units
};

// Over all parts of a multipolygon, the part with the largest inscribed circle wins.
// `tolerance` is the precision, in the shape's units. Throws std::runtime_error on an
// empty shape or a GEOS failure.
InteriorPoint pole_of_inaccessibility(const MultiPolygon& shape, double tolerance);

}  // namespace medmap::geo
