#pragma once
// The projected map every view draws: each state's shape in map units (metres of the
// lower-48 Albers projection, y down, Alaska and Hawaii moved into insets), the bounds
// of everything drawn and the insets' frames. Made by project_albers_usa (albers_usa.hpp)
// or read from the atlas cache; nothing here needs GDAL.
#include <string>
#include <vector>

#include "core/geo/geometry.hpp"

namespace medmap::geo {

struct ProjectedState {
    std::string fips, usps, name;
    MultiPolygon shape;  // map units, y down
    Box bounds;
    enum class Panel { Lower48, Alaska, Hawaii, Other } panel = Panel::Lower48;
};

struct Atlas {
    std::vector<ProjectedState> states;  // same order as the input (sorted by FIPS)
    Box bounds;                          // of everything drawn
    std::vector<Box> inset_frames;       // frames around the Alaska and Hawaii insets
};

}  // namespace medmap::geo
