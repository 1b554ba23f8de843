#pragma once
// One simplified copy of every state's outline (a level of detail), kept with the atlas.
#include <vector>

#include "core/geo/geometry.hpp"

namespace medmap::geo {

struct DetailLevel {
    // Map units: no vertex of the full outline is farther than this from the level's.
    double tolerance = 0;
    std::vector<MultiPolygon> shapes;  // parallel to Atlas::states
};

}  // namespace medmap::geo
