#pragma once
// Callout boxes for the states too small to see or hover at the national scale: DC and
// the small north-eastern states. Each gets a box in the Atlantic, coloured like the
// state, labelled with its USPS code and joined to it by a leader line; a point in a box
// picks its state, so hovering, tooltips and exports treat the box like the state.
//
// Placement: one column of equal square boxes just east of the easternmost of these states
// (Cape Cod), as high as it fits without touching any state's land (below Down East Maine),
// north to south in the order of the states' poles of inaccessibility, with any pair of
// crossing leader lines swapped until none cross. Boxes are in map units: they zoom and
// pan with the map.
#include <optional>
#include <string_view>
#include <vector>

#include "core/geo/atlas.hpp"
#include "core/geo/picker.hpp"

namespace medmap::figure {

struct Callout {
    std::size_t state = 0;  // index into atlas.states
    geo::Box box;           // map units
    geo::Vec2 leader_from;  // the middle of the box's left side
    geo::Vec2 leader_to;    // the state's pole of inaccessibility
};

// The states that get a box: DC, RI, DE, CT, NJ, MD, MA, VT and NH.
bool has_callout(std::string_view usps);

// Boxes for those of the callout states the atlas holds (none for an atlas without them).
std::vector<Callout> place_callouts(const geo::Atlas& atlas);
// The same boxes, placed once per atlas (by the first caller) and kept in atlas.callouts:
// every layer of every figure on the atlas shares this one result.
const std::vector<Callout>& atlas_callouts(const geo::Atlas& atlas);

// The state at a map point: its callout box if the point is in one, else the state
// whose shape holds it.
std::optional<std::size_t> pick_state(const geo::Picker& picker, const std::vector<Callout>& callouts,
                                      geo::Vec2 map_point);

}  // namespace medmap::figure
