#pragma once
// Whether an axis-aligned box and a polygon share any point: used to keep callout boxes
// off the land. Plain geometry, no GEOS: the test runs a few hundred times per atlas.
#include "core/geo/geometry.hpp"

namespace medmap::figure {

// True when `box` touches `shape` (an edge crosses the box, a vertex lies in it, or the
// box lies inside a polygon and outside its holes).
bool box_touches(const geo::Box& box, const geo::MultiPolygon& shape);

}  // namespace medmap::figure
