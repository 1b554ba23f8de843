#pragma once
// Picking that answers from the coarsest level of detail and asks the full geometry
// (geo::Picker) only near a border. A simplified outline lies within its tolerance of the
// full one, so a point farther than that from every coarse outline is inside the same
// states at both details: the answer is exact, and most points never touch the full
// geometry.
#include <optional>
#include <vector>

#include "core/geo/atlas.hpp"
#include "core/geo/picker.hpp"

namespace medmap::geo {

class CoarseFirstPicker {
public:
    // Both must outlive the picker. Without levels every pick goes to `full`.
    CoarseFirstPicker(const Atlas& atlas, const Picker& full);

    // The same answer as full.pick(map_point).
    std::optional<std::size_t> pick(Vec2 map_point) const;

    // How many picks the full geometry answered (to see the coarse level doing its work).
    std::size_t full_picks() const { return full_picks_; }

private:
    const Picker& full_;
    const DetailLevel* level_ = nullptr;
    double margin_ = 0;
    std::vector<Box> boxes_;       // per state: the coarse outline's bounds grown by the margin
    std::vector<bool> full_only_;  // per state: a ring was lost in simplifying; always ask `full`
    mutable std::size_t full_picks_ = 0;
};

}  // namespace medmap::geo
