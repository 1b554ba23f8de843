#pragma once
// Everything static about the drawn map, built once per geodata file: the projected
// atlas, each state's triangles (for GPU fills) and the picker (for hover).
#include <vector>

#include "core/geo/atlas.hpp"
#include "core/geo/picker.hpp"

namespace medmap::geo {

struct MapModel {
    Atlas atlas;
    // Parallel to atlas.states: the finest level of detail's, if the atlas has levels.
    std::vector<std::vector<Vec2>> triangles;
    Picker picker;

    // Triangulates and indexes an atlas that is already projected (needs GEOS only).
    static MapModel from_atlas(Atlas atlas);
};

}  // namespace medmap::geo
