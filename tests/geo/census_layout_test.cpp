#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

#include "core/geo/state_loader.hpp"
#include "geo_test_support.hpp"

using namespace medmap::geo;
using namespace medmap::geo::test;

namespace {

// What the Census Bureau's cb_20xx_us_state_*.prj holds: ESRI-flavoured WKT for NAD83.
constexpr const char* kCensusPrj =
    R"(GEOGCS["GCS_North_American_1983",DATUM["D_North_American_1983",SPHEROID["GRS_1980",6378137,298.257222101]],)"
    R"(PRIMEM["Greenwich",0],UNIT["Degree",0.017453292519943295]])";

OGRMultiPolygon to_ogr(const MultiPolygon& shape) {
    OGRMultiPolygon multi;
    for (const Polygon& p : shape) {
        OGRPolygon polygon;
        OGRLinearRing outer;
        for (const Vec2& v : p.outer) outer.addPoint(v.x, v.y);
        outer.closeRings();
        polygon.addRing(&outer);
        for (const Ring& hole : p.holes) {
            OGRLinearRing ring;
            for (const Vec2& v : hole) ring.addPoint(v.x, v.y);
            ring.closeRings();
            polygon.addRing(&ring);
        }
        multi.addGeometry(&polygon);
    }
    return multi;
}

// A shapefile laid out like cb_2018_us_state_500k.shp: its nine fields in its order,
// 56 features, unsorted, NAD83 in ESRI WKT.
void write_census_like(const std::filesystem::path& path, const std::vector<StateShape>& states) {
    GDALAllRegister();
    GDALDataset* dataset = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile")
                               ->Create(path.string().c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    REQUIRE(dataset != nullptr);
    OGRSpatialReference nad83;
    nad83.importFromEPSG(4269);
    OGRLayer* layer = dataset->CreateLayer(path.stem().string().c_str(), &nad83, wkbPolygon, nullptr);
    for (const char* name : {"STATEFP", "STATENS", "AFFGEOID", "GEOID", "STUSPS", "NAME", "LSAD"}) {
        OGRFieldDefn field(name, OFTString);
        layer->CreateField(&field);
    }
    for (const char* name : {"ALAND", "AWATER"}) {
        OGRFieldDefn field(name, OFTInteger64);
        layer->CreateField(&field);
    }
    for (auto it = states.rbegin(); it != states.rend(); ++it) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("STATEFP", it->fips.c_str());
        feature.SetField("STATENS", "01779801");
        feature.SetField("AFFGEOID", ("0400000US" + it->fips).c_str());
        feature.SetField("GEOID", it->fips.c_str());
        feature.SetField("STUSPS", it->usps.c_str());
        feature.SetField("NAME", it->name.c_str());
        feature.SetField("LSAD", "00");
        feature.SetField("ALAND", GIntBig{131174048583});
        feature.SetField("AWATER", GIntBig{4593327154});
        const OGRMultiPolygon geometry = to_ogr(it->lonlat);
        feature.SetGeometry(&geometry);
        REQUIRE(layer->CreateFeature(&feature) == OGRERR_NONE);
    }
    GDALClose(GDALDataset::ToHandle(dataset));
    std::ofstream(std::filesystem::path(path).replace_extension(".prj"), std::ios::trunc) << kCensusPrj;
}

}  // namespace

TEST_CASE("a shapefile laid out like the Census Bureau's cb_*_us_state files loads unchanged") {
    LoadOptions everything;
    everything.include_territories = true;
    const std::vector<StateShape> originals = load_states(bundled_states_path(), everything);
    TempDir dir;
    write_census_like(dir / "cb_2018_us_state_500k.shp", originals);

    const std::vector<StateShape> loaded = load_states(dir / "cb_2018_us_state_500k.shp");
    REQUIRE(loaded.size() == 51);
    for (const StateShape& state : loaded) {
        INFO(state.usps);
        const auto original = std::find_if(originals.begin(), originals.end(),
                                           [&](const StateShape& s) { return s.fips == state.fips; });
        REQUIRE(original != originals.end());
        CHECK(state.name == original->name);
        REQUIRE(state.lonlat.size() == original->lonlat.size());
        // Same datum, so no coordinate may move.
        for (std::size_t p = 0; p < state.lonlat.size(); ++p) {
            REQUIRE(state.lonlat[p].outer.size() == original->lonlat[p].outer.size());
            for (std::size_t i = 0; i < state.lonlat[p].outer.size(); i += 97) {
                CHECK(state.lonlat[p].outer[i].x == Approx(original->lonlat[p].outer[i].x).margin(1e-9));
                CHECK(state.lonlat[p].outer[i].y == Approx(original->lonlat[p].outer[i].y).margin(1e-9));
            }
        }
    }
    CHECK(load_states(dir / "cb_2018_us_state_500k.shp", everything).size() == 56);
}
