#pragma once
// Loads state boundaries from anything GDAL opens: polygons plus a state identifier
// field (STATEFP, GEOID, STUSPS or NAME, matched case-insensitively), in any CRS
// that has a .prj. Output is always NAD83 longitude/latitude (EPSG:4269), degrees.
#include <filesystem>
#include <string>
#include <vector>

#include "core/base/drop_handler.hpp"
#include "core/base/progress_steps.hpp"
#include "core/geo/geometry.hpp"

namespace medmap::geo {

struct StateShape {
    std::string fips;    // "48"
    std::string usps;    // "TX"
    std::string name;    // "Texas" (from the shared state table, not the file)
    MultiPolygon lonlat; // x = longitude, y = latitude, NAD83 degrees; repaired if invalid
};

struct LoadOptions {
    bool include_territories = false;  // by default only the 50 states + DC are returned
    // --lenient: a feature that cannot be used (unknown or duplicate state code, not a
    // polygon, an unreadable or unrepairable geometry) is handed here and left out; the
    // first of two features for one state is kept. Without it the first such problem throws.
    DropHandler on_dropped{};
    // Large files (kProgressMinBytes and up) report the share of features read, in steps
    // of 10%. Small files, such as the bundled states, never do.
    ProgressHandler on_progress{};
    // --layer: the dataset to read from a .zip that holds several, or the layer of a file
    // with several; empty: the only dataset, the first layer with polygons.
    std::string layer{};
};

inline constexpr long long kProgressMinBytes = 8LL << 20;

// Throws medmap::InputError ("FILE: PLACE: WHAT") for a missing or unreadable file,
// a shapefile without .dbf/.shx, no layer, no polygons, no state identifier field,
// an unknown or duplicate state code (naming the feature), a geometry that cannot be
// read (a truncated .shp), or no CRS. The path may be any GDAL virtual file (/vsimem/...).
// Returned states are sorted by FIPS code.
std::vector<StateShape> load_states(const std::filesystem::path& path, const LoadOptions& = {});

}  // namespace medmap::geo
