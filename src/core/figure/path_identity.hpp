#pragma once
// What a path is, as a number: a hash of its rings' coordinates. A target that keeps each
// shape once (the web page writes a state's outline once and refers to it from all 336
// layers) knows shapes by it. Computing it means reading every vertex, so the core's
// MapPathsCache works it out once per projected shape and keeps it with the path
// (PixelPath::identity); targets compute it only for paths that come without one.
#include <cstdint>

#include "core/figure/draw_target.hpp"

namespace medmap::figure {

std::uint64_t ring_identity(const geo::Ring& ring);
// Of the rings in order (not of the triangles, which follow from them).
std::uint64_t path_identity(const PixelPath& path);
// Mixes h into seed (boost::hash_combine's mixing, widened to 64 bits).
std::uint64_t combine_identity(std::uint64_t seed, std::uint64_t h);

// The path's memoised identity, or computed now if it carries none.
inline std::uint64_t identity_of(const PixelPath& path) { return path.identity ? path.identity : path_identity(path); }

}  // namespace medmap::figure
