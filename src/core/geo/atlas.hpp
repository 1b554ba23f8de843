#pragma once
// The projected map every view draws: each state's shape in map units (metres of the
// lower-48 Albers projection, y down, Alaska and Hawaii moved into insets), the bounds
// of everything drawn and the insets' frames. Made by project_albers_usa (albers_usa.hpp)
// or read from the atlas cache; nothing here needs GDAL.
#include <string>
#include <vector>

#include "core/base/computed_once.hpp"
#include "core/geo/detail_level.hpp"
#include "core/geo/geometry.hpp"
#include "core/geo/pole_of_inaccessibility.hpp"

// Declared here, defined by the figure (callouts.hpp), which places them on an atlas.
namespace medmap::figure {
struct Callout;
}

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
    // Simplified outlines, coarsest first (detail_levels.hpp); empty: full detail only.
    std::vector<DetailLevel> levels;

    // What every figure on this atlas places from `states` alone, whatever its layer:
    // the callout boxes and each state's label anchor (tens of milliseconds together).
    // Made by the first figure that needs them (figure::atlas_callouts,
    // figure::atlas_label_anchors) and shared by every layer after it.
    ComputedOnce<std::vector<figure::Callout>> callouts{};
    ComputedOnce<std::vector<InteriorPoint>> label_anchors{};  // parallel to `states`
};

}  // namespace medmap::geo
