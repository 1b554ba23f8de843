#pragma once
// Triangulates (multi)polygons with holes into a triangle list, using GEOS's
// constrained Delaunay triangulation (no hand-written ear clipping).
#include <vector>

#include "core/geo/geometry.hpp"

namespace medmap::geo {

// Three consecutive vertices per triangle. The triangles cover exactly the polygon
// area (holes excluded). Each triangle has positive signed area with y up (so it
// runs clockwise on a y-down screen). Invalid input is repaired first (overlapping
// parts are merged). Throws std::runtime_error if GEOS fails.
std::vector<Vec2> triangulate(const MultiPolygon& shape);

}  // namespace medmap::geo
