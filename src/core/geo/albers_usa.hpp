#pragma once
// A composite "Albers USA" map like d3's geoAlbersUsa, computed through GDAL/PROJ:
// the lower 48 + DC in CONUS Albers equal-area (EPSG:5070); Alaska in Alaska Albers
// (EPSG:3338), scaled down and placed as an inset at the lower left; Hawaii in its own
// Albers projection, placed beside Alaska. Output is in "map units": metres of the
// lower-48 projection, with y growing DOWNWARDS (screen convention), so backends only
// scale and translate.
#include <string>
#include <vector>

#include "core/geo/atlas.hpp"
#include "core/geo/geometry.hpp"
#include "core/geo/state_loader.hpp"

namespace medmap::geo {

// Territories, if given, are placed in small insets too (Puerto Rico beside Hawaii).
Atlas project_albers_usa(const std::vector<StateShape>& states);

// Map units of a NAD83 longitude/latitude in the lower-48 panel (the same projection
// project_albers_usa uses there), e.g. to locate a lake or a city on the map.
// Creates a PROJ transformation per call: fine for a few points, not for thousands.
// Throws std::runtime_error if PROJ cannot project it.
Vec2 project_lower48(Vec2 lonlat);

}  // namespace medmap::geo
