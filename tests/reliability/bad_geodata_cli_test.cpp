// Bad geodata given to the real executable: one line naming the file, the place and the
// problem, exit 1, no output file; --lenient drops what it can and says so.
#include <catch2/catch.hpp>

#include <fstream>

#include "../geo/geo_test_support.hpp"
#include "reliability_support.hpp"

using namespace reliability;
using medmap::geo::test::square_wkt;
using medmap::geo::test::TestLayer;
using medmap::geo::test::write_vector_file;

namespace {

TestLayer three_states() {
    TestLayer layer;
    layer.features = {{"06", square_wkt(-120, 36, 1)}, {"48", square_wkt(-100, 31, 1)}, {"08", square_wkt(-106, 39, 1)}};
    return layer;
}

// `medmap export` of the geodata into `dir`/map.png: the command that reads geodata
// and writes a file, so "no partial output" can be checked.
ChildResult export_with(const ScratchDir& dir, const std::filesystem::path& geodata, bool lenient = false) {
    std::vector<std::string> args{"export", "--geodata", geodata.string(), "--out", (dir / "map.png").string()};
    if (lenient) args.push_back("--lenient");
    return run_medmap(args, hermetic(dir));
}

void check_refused(const ScratchDir& dir, const std::filesystem::path& geodata, const std::string& place_and_what) {
    const ChildResult r = export_with(dir, geodata);
    check_one_line_error(r, 1, geodata.string() + ": " + place_and_what);
    CHECK_FALSE(std::filesystem::exists(dir / "map.png"));
}

void copy_bundled(const std::filesystem::path& to_stem) {
    for (const char* ext : {".shp", ".shx", ".dbf", ".prj"}) {
        auto from = bundled_geodata();
        auto to = to_stem;
        std::filesystem::copy_file(from.replace_extension(ext), to.replace_extension(ext));
    }
}

}  // namespace

TEST_CASE("reliability: geodata path missing") {
    ScratchDir dir;
    check_refused(dir, dir / "nowhere.shp", "no such file");
}

TEST_CASE("reliability: shapefile without .shx or .dbf") {
    ScratchDir dir;
    write_vector_file(dir / "states.shp", three_states());
    std::filesystem::remove(dir / "states.shx");
    check_refused(dir, dir / "states.shp", "missing companion file states.shx");
    write_vector_file(dir / "other.shp", three_states());
    std::filesystem::remove(dir / "other.dbf");
    check_refused(dir, dir / "other.shp", "missing companion file other.dbf");
}

TEST_CASE("reliability: truncated .shp") {
    ScratchDir dir;
    copy_bundled(dir / "states.shp");
    std::filesystem::resize_file(dir / "states.shp", 100000);
    check_refused(dir, dir / "states.shp", "feature ");
    const ChildResult r = export_with(dir, dir / "states.shp");
    CHECK(r.err.find("cannot read the geometry; the file is truncated or damaged") != std::string::npos);
}

TEST_CASE("reliability: zero features") {
    ScratchDir dir;
    write_vector_file(dir / "empty.shp", TestLayer{});
    check_refused(dir, dir / "empty.shp", "layer empty: no polygon features (the layer is empty)");
}

TEST_CASE("reliability: no state identifier field") {
    ScratchDir dir;
    TestLayer layer = three_states();
    layer.field = "CODE";
    write_vector_file(dir / "states.shp", layer);
    check_refused(dir, dir / "states.shp", "layer states: no state identifier field");
}

TEST_CASE("reliability: unknown or duplicate state codes") {
    ScratchDir dir;
    TestLayer unknown = three_states();
    unknown.features[1].code = "99";
    write_vector_file(dir / "unknown.shp", unknown);
    check_refused(dir, dir / "unknown.shp", "feature 1: unknown state code \"99\" in field STATEFP");
    TestLayer duplicate = three_states();
    duplicate.features.push_back({"48", square_wkt(-98, 31, 1)});
    write_vector_file(dir / "duplicate.shp", duplicate);
    check_refused(dir, dir / "duplicate.shp", "feature 3: duplicate state TX (48), already given by feature 1");
}

TEST_CASE("reliability: point or line geometries") {
    ScratchDir dir;
    TestLayer points;
    points.type = wkbPoint;
    points.features = {{"06", "POINT (-120 36)"}};
    write_vector_file(dir / "points.shp", points);
    check_refused(dir, dir / "points.shp", "feature 0: geometry is a Point, expected polygons");
    TestLayer lines;
    lines.type = wkbLineString;
    lines.features = {{"06", "LINESTRING (-120 36, -119 37)"}};
    write_vector_file(dir / "lines.shp", lines);
    check_refused(dir, dir / "lines.shp", "feature 0: geometry is a Line String, expected polygons");
}

TEST_CASE("reliability: self-intersecting rings are repaired, and the map is drawn") {
    ScratchDir dir;
    TestLayer layer = three_states();
    layer.features[1].wkt = "POLYGON ((-100 31, -99 32, -99 31, -100 32, -100 31))";  // a bow tie
    write_vector_file(dir / "bowtie.shp", layer);
    const ChildResult r = export_with(dir, dir / "bowtie.shp");
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(std::filesystem::exists(dir / "map.png"));
}

TEST_CASE("reliability: no .prj") {
    ScratchDir dir;
    TestLayer layer = three_states();
    layer.crs = "";
    write_vector_file(dir / "states.shp", layer);
    check_refused(dir, dir / "states.shp", "layer states: no coordinate reference system (missing .prj)");
}

TEST_CASE("reliability: projected coordinates read as degrees") {
    ScratchDir dir;
    std::ofstream(dir / "metres.geojson")
        << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"STUSPS":"CO"},)"
           R"("geometry":{"type":"Polygon","coordinates":[[[-12140000,4440000],[-11360000,4440000],)"
           R"([-11360000,5010000],[-12140000,4440000]]]}}]})";
    check_refused(dir, dir / "metres.geojson", "feature 0: coordinates (x ");
}

TEST_CASE("reliability: --lenient drops unknown, duplicate and non-polygon features and names each") {
    ScratchDir dir;
    TestLayer layer = three_states();
    layer.crs = "";
    layer.type = wkbUnknown;
    layer.features.push_back({"99", square_wkt(-90, 35, 1)});
    layer.features.push_back({"48", square_wkt(-98, 31, 1)});
    layer.features.push_back({"53", "POINT (-120 47)"});
    write_vector_file(dir / "mixed.geojson", layer, "GeoJSON");

    check_refused(dir, dir / "mixed.geojson", "feature 3: unknown state code \"99\"");
    const ChildResult r = export_with(dir, dir / "mixed.geojson", true);
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(std::filesystem::exists(dir / "map.png"));
    CHECK(line_count(r.err) == 4);
    CHECK(r.err.find("medmap: dropped: " + (dir / "mixed.geojson").string() + ": feature 3: unknown state code") !=
          std::string::npos);
    CHECK(r.err.find("feature 4: duplicate state TX") != std::string::npos);
    CHECK(r.err.find("feature 5: geometry is a Point") != std::string::npos);
    CHECK(r.err.find("medmap: --lenient left out 3 bad items") != std::string::npos);
    // Dropped features are never cached: the next strict run still refuses the file.
    std::filesystem::remove(dir / "map.png");
    check_refused(dir, dir / "mixed.geojson", "feature 3: unknown state code \"99\"");
}
