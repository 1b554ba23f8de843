#pragma once
// One simplified copy of every state's outline (a level of detail), kept with the atlas.
#include <vector>

#include "core/geo/geometry.hpp"

namespace medmap::geo {

struct DetailLevel {
    // Map units: no vertex of the full outline is farther than this from the level's.
    double tolerance = 0;
    std::vector<MultiPolygon> shapes;  // parallel to Atlas::states
    // Each shape as triangles (geo::triangulate), for GPU fills; cached with the atlas so a
    // window on a detailed file starts without triangulating anything.
    std::vector<std::vector<Vec2>> triangles;  // parallel to Atlas::states
};

}  // namespace medmap::geo
