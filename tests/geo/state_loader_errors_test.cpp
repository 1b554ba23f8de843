#include <catch2/catch.hpp>

#include <fstream>

#include "core/base/input_error.hpp"
#include "core/geo/state_loader.hpp"
#include "geo_test_support.hpp"

using namespace medmap;
using namespace medmap::geo;
using namespace medmap::geo::test;
using Catch::Matchers::Contains;

namespace {

// Three valid states in NAD83; each test breaks one thing.
TestLayer three_states() {
    TestLayer layer;
    layer.features = {{"06", square_wkt(-120, 36, 1)}, {"48", square_wkt(-100, 31, 1)}, {"08", square_wkt(-106, 39, 1)}};
    return layer;
}

}  // namespace

TEST_CASE("the unbroken test file loads, so each error below comes from what was broken") {
    TempDir dir;
    write_vector_file(dir / "states.shp", three_states());
    const auto states = load_states(dir / "states.shp");
    REQUIRE(states.size() == 3);
    CHECK(states[0].usps == "CA");
    CHECK(states[2].usps == "TX");
}

TEST_CASE("a missing file is reported with its name") {
    TempDir dir;
    const std::string message = load_error(dir / "nope.shp");
    CHECK_THAT(message, Contains("nope.shp") && Contains("no such file"));
    CHECK_THROWS_AS(load_states(dir / "nope.shp"), InputError);
}

TEST_CASE("a shapefile without its .dbf or .shx names the missing companion") {
    TempDir dir;
    write_vector_file(dir / "states.shp", three_states());
    SECTION(".dbf") {
        std::filesystem::remove(dir / "states.dbf");
        CHECK_THAT(load_error(dir / "states.shp"), Contains("states.shp: ") && Contains("states.dbf"));
    }
    SECTION(".shx") {
        std::filesystem::remove(dir / "states.shx");
        CHECK_THAT(load_error(dir / "states.shp"), Contains("states.shp: ") && Contains("states.shx"));
    }
}

TEST_CASE("a file GDAL cannot read is reported as such") {
    TempDir dir;
    std::ofstream(dir / "notes.txt") << "these are not state boundaries\n";
    CHECK_THAT(load_error(dir / "notes.txt"), Contains("notes.txt: ") && Contains("not a GIS vector file"));
}

TEST_CASE("a vector file without layers is reported") {
    TempDir dir;
    std::ofstream(dir / "empty.kml") << R"(<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document></Document></kml>)";
    CHECK_THAT(load_error(dir / "empty.kml"), Contains("empty.kml: no layers"));
}

TEST_CASE("a missing identifier field lists the accepted names and the fields found") {
    TempDir dir;
    TestLayer layer = three_states();
    layer.field = "CODE";
    write_vector_file(dir / "states.shp", layer);
    const std::string message = load_error(dir / "states.shp");
    CHECK_THAT(message, Contains("states.shp: layer states: no state identifier field"));
    CHECK_THAT(message, Contains("STATEFP, GEOID, STUSPS, NAME") && Contains("found CODE"));
}

TEST_CASE("an unknown state code names the feature and the value") {
    TempDir dir;
    TestLayer layer = three_states();
    layer.features[1].code = "99";
    write_vector_file(dir / "states.shp", layer);
    CHECK_THAT(load_error(dir / "states.shp"),
               Contains("states.shp: feature 1: unknown state code \"99\" in field STATEFP"));
}

TEST_CASE("a duplicate state names both features") {
    TempDir dir;
    TestLayer layer = three_states();
    layer.features.push_back({"48", square_wkt(-98, 31, 1)});
    write_vector_file(dir / "states.shp", layer);
    const std::string message = load_error(dir / "states.shp");
    CHECK_THAT(message, Contains("states.shp: feature 3: duplicate state TX (48)") && Contains("feature 1"));
}

TEST_CASE("points or lines instead of polygons name the first offending feature") {
    TempDir dir;
    SECTION("points") {
        TestLayer layer;
        layer.type = wkbPoint;
        layer.features = {{"06", "POINT (-120 36)"}, {"48", "POINT (-100 31)"}};
        write_vector_file(dir / "points.shp", layer);
        CHECK_THAT(load_error(dir / "points.shp"),
                   Contains("points.shp: feature 0: geometry is a Point, expected polygons"));
    }
    SECTION("lines") {
        TestLayer layer;
        layer.type = wkbLineString;
        layer.features = {{"06", "LINESTRING (-120 36, -119 37)"}};
        write_vector_file(dir / "lines.shp", layer);
        CHECK_THAT(load_error(dir / "lines.shp"),
                   Contains("lines.shp: feature 0: geometry is a Line String, expected polygons"));
    }
    SECTION("a point among polygons in a GeoJSON file") {
        TestLayer layer;
        layer.crs = "";
        layer.type = wkbUnknown;
        layer.features = {{"06", square_wkt(-120, 36, 1)}, {"48", "POINT (-100 31)"}};
        write_vector_file(dir / "mixed.geojson", layer, "GeoJSON");
        CHECK_THAT(load_error(dir / "mixed.geojson"),
                   Contains("mixed.geojson: feature 1: geometry is a Point, expected polygons"));
    }
}

TEST_CASE("an empty polygon layer is reported") {
    TempDir dir;
    TestLayer layer;
    write_vector_file(dir / "empty.shp", layer);
    CHECK_THAT(load_error(dir / "empty.shp"), Contains("empty.shp: layer empty: no polygon features"));
}

TEST_CASE("a shapefile without .prj is reported as having no coordinate reference system") {
    TempDir dir;
    TestLayer layer = three_states();
    layer.crs = "";
    write_vector_file(dir / "states.shp", layer);
    REQUIRE_FALSE(std::filesystem::exists(dir / "states.prj"));
    CHECK_THAT(load_error(dir / "states.shp"),
               Contains("states.shp: layer states: no coordinate reference system (missing .prj)"));
}

TEST_CASE("a CRS that cannot be transformed to NAD83 is reported") {
    TempDir dir;
    write_vector_file(dir / "states.shp", three_states());
    // An engineering (local) CRS has no relation to the Earth.
    std::ofstream(dir / "states.prj", std::ios::trunc) << R"(LOCAL_CS["site grid",UNIT["metre",1]])";
    CHECK_THAT(load_error(dir / "states.shp"),
               Contains("states.shp: layer states: no coordinate transformation from site grid"));
}

TEST_CASE("territories are skipped unless asked for, but still checked for duplicates") {
    TempDir dir;
    TestLayer layer = three_states();
    layer.features.push_back({"72", square_wkt(-66.5, 18, 0.5)});
    write_vector_file(dir / "states.shp", layer);
    CHECK(load_states(dir / "states.shp").size() == 3);
    LoadOptions with_territories;
    with_territories.include_territories = true;
    CHECK(load_states(dir / "states.shp", with_territories).back().usps == "PR");

    layer.features.push_back({"PR", square_wkt(-66, 18, 0.2)});
    write_vector_file(dir / "again.shp", layer);
    CHECK_THAT(load_error(dir / "again.shp"), Contains("feature 4: duplicate state PR (72)") && Contains("feature 3"));
}
