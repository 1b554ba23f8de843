#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "core/base/us_states.hpp"
#include "core/geo/state_loader.hpp"
#include "geo_test_support.hpp"

using namespace medmap;
using namespace medmap::geo;
using namespace medmap::geo::test;

namespace {

std::size_t vertex_count(const MultiPolygon& shape) {
    std::size_t n = 0;
    for (const Polygon& p : shape) {
        n += p.outer.size();
        for (const Ring& hole : p.holes) n += hole.size();
    }
    return n;
}

const StateShape& find(const std::vector<StateShape>& states, std::string_view usps) {
    const auto it = std::find_if(states.begin(), states.end(), [&](const StateShape& s) { return s.usps == usps; });
    REQUIRE(it != states.end());
    return *it;
}

}  // namespace

TEST_CASE("the bundled geodata loads the 50 states and DC, sorted by FIPS, named from the table") {
    const std::vector<StateShape>& states = bundled_states();
    REQUIRE(states.size() == 51);
    const auto table = states_and_dc();
    for (std::size_t i = 0; i < states.size(); ++i) {
        INFO(states[i].fips);
        CHECK(states[i].fips == table[i].fips);
        CHECK(states[i].usps == table[i].usps);
        CHECK(states[i].name == table[i].name);
        CHECK_FALSE(states[i].lonlat.empty());
        CHECK(vertex_count(states[i].lonlat) >= 4);
        for (const Polygon& p : states[i].lonlat) CHECK(p.outer.size() >= 3);
    }
}

TEST_CASE("the bundled geodata includes the five territories when asked") {
    LoadOptions options;
    options.include_territories = true;
    const std::vector<StateShape> states = load_states(bundled_states_path(), options);
    REQUIRE(states.size() == 56);
    CHECK(std::is_sorted(states.begin(), states.end(), [](auto& a, auto& b) { return a.fips < b.fips; }));
    std::set<std::string> usps;
    for (const StateShape& s : states) {
        usps.insert(s.usps);
        CHECK_FALSE(s.lonlat.empty());
    }
    for (const char* territory : {"AS", "GU", "MP", "PR", "VI"}) CHECK(usps.count(territory) == 1);
}

TEST_CASE("loaded coordinates are longitude/latitude, x = longitude") {
    const StateShape& colorado = find(bundled_states(), "CO");
    const Box box = bounds_of(colorado.lonlat);
    CHECK(box.min_x == Approx(-109.06).margin(0.05));
    CHECK(box.max_x == Approx(-102.04).margin(0.05));
    CHECK(box.min_y == Approx(36.99).margin(0.05));
    CHECK(box.max_y == Approx(41.0).margin(0.05));

    // The Aleutians cross the antimeridian: kept as given (east longitudes up to ~179.8).
    const Box alaska = bounds_of(find(bundled_states(), "AK").lonlat);
    CHECK(alaska.max_x > 179);
    CHECK(alaska.min_x < -179);
}

TEST_CASE("an invalid polygon is repaired into valid polygonal parts") {
    TempDir dir;
    TestLayer layer;
    // A bow tie: two triangles of area 1 touching at (1, 1).
    layer.features = {{"08", "POLYGON ((0 30, 2 32, 2 30, 0 32, 0 30))"}};
    write_vector_file(dir / "bowtie.shp", layer);
    const std::vector<StateShape> states = load_states(dir / "bowtie.shp");
    REQUIRE(states.size() == 1);
    CHECK(states[0].usps == "CO");
    REQUIRE(states[0].lonlat.size() == 2);
    double area = 0;
    for (const Polygon& p : states[0].lonlat) {
        double doubled = 0;
        for (std::size_t i = 0; i < p.outer.size(); ++i) {
            const Vec2 a = p.outer[i], b = p.outer[(i + 1) % p.outer.size()];
            doubled += a.x * b.y - b.x * a.y;
        }
        area += std::abs(doubled) / 2;
    }
    CHECK(area == Approx(2.0));
}

TEST_CASE("overlapping parts of one state are merged, not cut out") {
    TempDir dir;
    TestLayer layer;
    layer.type = wkbMultiPolygon;
    layer.features = {{"08", "MULTIPOLYGON (((0 30, 4 30, 4 34, 0 34, 0 30)), ((2 32, 6 32, 6 36, 2 36, 2 32)))"}};
    write_vector_file(dir / "overlap.shp", layer);
    const std::vector<StateShape> states = load_states(dir / "overlap.shp");
    REQUIRE(states.size() == 1);
    REQUIRE(states[0].lonlat.size() == 1);  // one polygon: the union
    CHECK(states[0].lonlat[0].holes.empty());
    const Box box = bounds_of(states[0].lonlat);
    CHECK(box.min_x == 0);
    CHECK(box.max_y == 36);
}

TEST_CASE("the identifier field is found case-insensitively, in order STATEFP, GEOID, STUSPS, NAME") {
    TempDir dir;
    SECTION("lower-case statefp with an unpadded code") {
        TestLayer layer;
        layer.field = "statefp";
        layer.features = {{"6", square_wkt(-120, 36, 1)}};
        write_vector_file(dir / "a.shp", layer);
        const auto states = load_states(dir / "a.shp");
        REQUIRE(states.size() == 1);
        CHECK(states[0].usps == "CA");
    }
    SECTION("GEOID") {
        TestLayer layer;
        layer.field = "GEOID";
        layer.features = {{"48", square_wkt(-100, 31, 1)}};
        write_vector_file(dir / "b.shp", layer);
        CHECK(load_states(dir / "b.shp").at(0).name == "Texas");
    }
    SECTION("STUSPS") {
        TestLayer layer;
        layer.field = "Stusps";
        layer.features = {{"tx", square_wkt(-100, 31, 1)}};
        write_vector_file(dir / "c.shp", layer);
        CHECK(load_states(dir / "c.shp").at(0).fips == "48");
    }
    SECTION("NAME, in a GeoJSON file (CRS84 by default)") {
        TestLayer layer;
        layer.field = "name";
        layer.crs = "";
        layer.type = wkbUnknown;
        layer.features = {{"Rhode Island", square_wkt(-71.5, 41.5, 0.2)}, {"Utah", square_wkt(-112, 39, 1)}};
        write_vector_file(dir / "d.geojson", layer, "GeoJSON");
        const auto states = load_states(dir / "d.geojson");
        REQUIRE(states.size() == 2);
        CHECK(states[0].usps == "RI");  // sorted by FIPS: 44 before 49
        CHECK(states[1].usps == "UT");
        CHECK(bounds_of(states[1].lonlat).min_x == Approx(-112).margin(1e-6));
    }
}

TEST_CASE("upper-case shapefile companions (.SHX, .DBF) are accepted") {
    TempDir dir;
    TestLayer layer;
    layer.features = {{"48", square_wkt(-100, 31, 1)}};
    write_vector_file(dir / "upper.shp", layer);
    std::filesystem::rename(dir / "upper.shx", dir / "upper.SHX");
    std::filesystem::rename(dir / "upper.dbf", dir / "upper.DBF");
    CHECK(load_states(dir / "upper.shp").size() == 1);
}

TEST_CASE("a Web Mercator copy of two states loads back as NAD83 longitude/latitude") {
    TempDir dir;
    const std::vector<StateShape>& originals = bundled_states();
    const StateShape& colorado = find(originals, "CO");
    const StateShape& hawaii = find(originals, "HI");

    OGRSpatialReference nad83, mercator;
    nad83.importFromEPSG(4269);
    nad83.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    mercator.importFromEPSG(3857);
    mercator.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> to_mercator(OGRCreateCoordinateTransformation(&nad83, &mercator));
    REQUIRE(to_mercator);

    TestLayer layer;
    layer.crs = "EPSG:3857";
    for (const StateShape* state : {&colorado, &hawaii}) {
        OGRMultiPolygon multi;
        for (const Polygon& p : state->lonlat) {
            OGRPolygon polygon;
            OGRLinearRing ring;
            for (const Vec2& v : p.outer) ring.addPoint(v.x, v.y);
            ring.closeRings();
            polygon.addRing(&ring);
            multi.addGeometry(&polygon);
        }
        REQUIRE(multi.transform(to_mercator.get()) == OGRERR_NONE);
        char* wkt = nullptr;
        multi.exportToWkt(&wkt);
        layer.features.push_back({state->usps, wkt});
        CPLFree(wkt);
    }
    // Mercator x is metres, so the copy really is in another CRS.
    REQUIRE(layer.features[0].wkt.find("-12") != std::string::npos);
    write_vector_file(dir / "mercator.shp", layer);

    const std::vector<StateShape> loaded = load_states(dir / "mercator.shp");
    REQUIRE(loaded.size() == 2);
    for (const StateShape& state : loaded) {
        const StateShape& original = find(originals, state.usps);
        INFO(state.usps);
        const Box a = bounds_of(state.lonlat), b = bounds_of(original.lonlat);
        CHECK(a.min_x == Approx(b.min_x).margin(1e-6));
        CHECK(a.max_x == Approx(b.max_x).margin(1e-6));
        CHECK(a.min_y == Approx(b.min_y).margin(1e-6));
        CHECK(a.max_y == Approx(b.max_y).margin(1e-6));
        CHECK(vertex_count(state.lonlat) == vertex_count(original.lonlat));
    }
}
