#pragma once
// Levels of detail for an atlas: the whole coverage simplified (shared borders kept
// shared, see coverage_simplify.hpp) at a few tolerances, and the choice of the level to
// draw for a given size of device pixel. Drawing below a quarter of a device pixel is
// invisible, so a level whose tolerance is at most that is indistinguishable from the
// full outline.
#include <cstddef>
#include <vector>

#include "core/geo/atlas.hpp"

namespace medmap::geo {

// The part of a device pixel below which detail may be dropped.
inline constexpr double kInvisiblePixels = 0.25;

// Tolerances (map units, coarsest first) for an atlas with these bounds: a quarter pixel
// when the whole map is ~1000 px wide, then each a third of the one before, five in all:
// ~1.2 km down to ~15 m for the US, enough for the window's deepest zoom in steps of 3x.
std::vector<double> detail_tolerances(const Box& atlas_bounds);

// Simplifying takes ~400 bytes per vertex while it runs (arcs, GEOS's segment indexes),
// so above this many vertices (a 16 MB .shp; a Census 500k file has ~0.3 million) no
// levels are made and everything draws the full outlines, as before levels existed: the
// 50 MB reliability test stays within its memory bound.
inline constexpr std::size_t kMaxLevelVertices = 1'000'000;

// Fills atlas.levels (replacing any); none above kMaxLevelVertices. Needs GEOS only.
// Throws std::runtime_error if GEOS fails.
void add_detail_levels(Atlas& atlas);

// The level to draw when one device pixel spans `map_units_per_pixel`: the coarsest whose
// tolerance is at most kInvisiblePixels of a pixel; nullptr: only the full outline will do.
const DetailLevel* level_for_pixel(const Atlas& atlas, double map_units_per_pixel);

// State `state`'s outline to draw at that pixel size (its full shape when no level fits).
const MultiPolygon& shape_for_pixel(const Atlas& atlas, std::size_t state, double map_units_per_pixel);
// The same shape's triangles (three vertices each), or nullptr when it is the full shape
// or its level has none.
const std::vector<Vec2>* triangles_for_pixel(const Atlas& atlas, std::size_t state, double map_units_per_pixel);

}  // namespace medmap::geo
