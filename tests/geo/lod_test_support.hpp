#pragma once
// For the level-of-detail tests: the bundled states, and the same states densified the way
// an analyst's detailed file is (GDAL's -segmentize, as ogr2ogr does), both projected and
// with their levels built. Each is made once per test run.
#include <gdal_utils.h>

#include "core/geo/detail_levels.hpp"
#include "geo_test_support.hpp"

namespace medmap::geo::test {

inline Atlas with_levels(Atlas atlas) {
    add_detail_levels(atlas);
    return atlas;
}

inline const Atlas& bundled_atlas_with_levels() {
    static const Atlas atlas = with_levels(bundled_atlas());
    return atlas;
}

// No edge longer than `max_degrees`: points inserted along every edge, each border
// written once from either side, so the two copies differ by rounding.
inline std::vector<StateShape> densified_states(double max_degrees) {
    static TempDir dir;
    const auto out = dir / ("dense_" + std::to_string(max_degrees) + ".shp");
    GDALAllRegister();
    const std::string distance = std::to_string(max_degrees);
    char* args[] = {const_cast<char*>("-segmentize"), const_cast<char*>(distance.c_str()), nullptr};
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(args, nullptr);
    GDALDatasetH source = GDALOpenEx(bundled_states_path().c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    if (source == nullptr) throw std::runtime_error("cannot open the bundled states");
    GDALDatasetH made = GDALVectorTranslate(out.c_str(), nullptr, 1, &source, options, nullptr);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(source);
    if (made == nullptr) throw std::runtime_error("cannot densify the bundled states");
    GDALClose(made);
    return load_states(out);
}

// ~0.02 degrees (~2 km): about 10x the bundled vertices, quick enough for a unit test.
inline const Atlas& densified_atlas_with_levels() {
    static const Atlas atlas = with_levels(project_albers_usa(densified_states(0.02)));
    return atlas;
}

}  // namespace medmap::geo::test
