#pragma once
// Point-to-state picking through a spatial index (GEOS STRtree over state bounds,
// then an exact point-in-polygon test). A point in a lake, the sea or between insets
// picks nothing.
#include <memory>
#include <optional>

#include "core/geo/albers_usa.hpp"

namespace medmap::geo {

class Picker {
public:
    explicit Picker(const Atlas& atlas);
    ~Picker();
    Picker(Picker&&) noexcept;
    Picker& operator=(Picker&&) noexcept;

    // Index into atlas.states of the state containing `map_point` (map units), if any.
    // Safe to call from several threads at once: GEOS work is serialised inside.
    std::optional<std::size_t> pick(Vec2 map_point) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace medmap::geo
