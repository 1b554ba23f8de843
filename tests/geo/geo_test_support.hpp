#pragma once
// Shared by the geo tests: the bundled states (loaded once), temporary folders, and
// small vector files written with OGR at test time so no binary fixtures are needed.
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/geo/albers_usa.hpp"
#include "core/geo/state_loader.hpp"
#include "../support/temp_dir.hpp"

namespace medmap::geo::test {

inline std::filesystem::path bundled_states_path() {
    return std::filesystem::path(MEDMAP_SOURCE_DIR) / "geodata" / "us_states.shp";
}

inline const std::vector<StateShape>& bundled_states() {
    static const std::vector<StateShape> states = load_states(bundled_states_path());
    return states;
}

inline const Atlas& bundled_atlas() {
    static const Atlas atlas = project_albers_usa(bundled_states());
    return atlas;
}

// Map units of a NAD83 longitude/latitude in the lower-48 panel, e.g. to locate a lake
// or a city on the map: the point as a one-vertex Kansas projected by project_albers_usa,
// so the tests use the projection the app draws with. One PROJ set-up per call.
inline Vec2 project_lower48(Vec2 lonlat) {
    const Atlas one_point = project_albers_usa({StateShape{"20", "KS", "Kansas", {Polygon{{lonlat}, {}}}}});
    return one_point.states.front().shape.front().outer.front();
}

inline const ProjectedState& projected(const Atlas& atlas, std::string_view usps) {
    for (const ProjectedState& state : atlas.states)
        if (state.usps == usps) return state;
    throw std::logic_error("no state " + std::string(usps) + " in the atlas");
}

using medmap::test::TempDir;

struct TestFeature {
    std::string code;  // value of the identifier field
    std::string wkt;   // geometry, in the layer's CRS
};

struct TestLayer {
    std::string field = "STATEFP";
    std::string crs = "EPSG:4269";  // empty: no CRS at all (a shapefile without .prj)
    OGRwkbGeometryType type = wkbPolygon;
    std::vector<TestFeature> features;
};

inline void write_vector_file(const std::filesystem::path& path, const TestLayer& spec,
                              const char* driver_name = "ESRI Shapefile") {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driver_name);
    if (driver == nullptr) throw std::runtime_error(std::string("no GDAL driver ") + driver_name);
    GDALDataset* dataset = driver->Create(path.string().c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    if (dataset == nullptr) throw std::runtime_error("cannot create " + path.string());

    OGRSpatialReference srs;
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (!spec.crs.empty() && srs.SetFromUserInput(spec.crs.c_str()) != OGRERR_NONE)
        throw std::runtime_error("bad test CRS " + spec.crs);
    OGRLayer* layer =
        dataset->CreateLayer(path.stem().string().c_str(), spec.crs.empty() ? nullptr : &srs, spec.type, nullptr);
    if (layer == nullptr) {  // a test failure with a message, not a crash on the next line
        GDALClose(GDALDataset::ToHandle(dataset));
        throw std::runtime_error("cannot create a layer in " + path.string());
    }
    OGRFieldDefn field(spec.field.c_str(), OFTString);
    layer->CreateField(&field);
    for (const TestFeature& f : spec.features) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField(0, f.code.c_str());
        OGRGeometry* geometry = nullptr;
        if (OGRGeometryFactory::createFromWkt(f.wkt.c_str(), nullptr, &geometry) != OGRERR_NONE)
            throw std::runtime_error("bad test WKT " + f.wkt);
        feature.SetGeometryDirectly(geometry);
        if (layer->CreateFeature(&feature) != OGRERR_NONE) throw std::runtime_error("cannot write a test feature");
    }
    GDALClose(GDALDataset::ToHandle(dataset));
}

// The message load_states throws, or "" if it loads.
inline std::string load_error(const std::filesystem::path& path, const LoadOptions& options = {}) {
    try {
        load_states(path, options);
    } catch (const std::exception& e) {
        return e.what();
    }
    return {};
}

inline std::string square_wkt(double x, double y, double size) {
    const auto s = [](double v) { return std::to_string(v); };
    return "POLYGON ((" + s(x) + " " + s(y) + ", " + s(x + size) + " " + s(y) + ", " + s(x + size) + " " +
           s(y + size) + ", " + s(x) + " " + s(y + size) + ", " + s(x) + " " + s(y) + "))";
}

}  // namespace medmap::geo::test
