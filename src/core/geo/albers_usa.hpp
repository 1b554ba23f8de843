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

}  // namespace medmap::geo
