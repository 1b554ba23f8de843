#pragma once
// Simplifies a coverage (states that share borders) so that shared borders stay shared:
// every ring is cut into arcs at the vertices where neighbours meet, each arc is
// simplified once, and every ring that uses it gets the same simplified arc. The arcs are
// simplified together with GEOS's TopologyPreservingSimplify, which keeps them from
// crossing each other; a plain per-polygon Douglas-Peucker would open slivers between
// neighbours and let borders cross.
#include <vector>

#include "core/geo/geometry.hpp"

namespace medmap::geo {

// Coordinates are snapped to this grid (map units: 1 mm) before arcs are matched, so a
// border written twice with rounding noise (e.g. densified from either end) is one arc.
inline constexpr double kCoverageGrid = 1e-3;

// Each shape simplified so that no input vertex is farther than `tolerance` (map units)
// from the outline (plus the grid). Parallel to `shapes`. Every ring keeps at least three
// vertices (it is cut into at least three arcs), so no ring or state vanishes.
// Throws std::runtime_error if GEOS fails.
std::vector<MultiPolygon> simplify_coverage(const std::vector<MultiPolygon>& shapes, double tolerance);

// The same at several tolerances at once (one result per tolerance, in order): the arcs
// are found once, and the tolerances are simplified in parallel.
std::vector<std::vector<MultiPolygon>> simplify_coverage_levels(const std::vector<MultiPolygon>& shapes,
                                                                const std::vector<double>& tolerances);

}  // namespace medmap::geo
