// Geodata found elsewhere: truncated files, files in memory, another CRS proven by
// picking, --lenient dropping the features that cannot be used, and progress for
// large files. (The one-line errors for the other cases are in state_loader_errors_test.)
#include <catch2/catch.hpp>

#include <cpl_vsi.h>
#include <gdal_utils.h>

#include <fstream>
#include <iterator>

#include "core/base/input_error.hpp"
#include "core/geo/map_model.hpp"
#include "core/geo/pole_of_inaccessibility.hpp"
#include "core/geo/state_loader.hpp"
#include "geo_test_support.hpp"

using namespace medmap;
using namespace medmap::geo;
using namespace medmap::geo::test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

// Copies the bundled shapefile (all its companions) into `dir` as states.*.
std::filesystem::path copy_bundled(const TempDir& dir) {
    for (const char* ext : {".shp", ".shx", ".dbf", ".prj", ".cpg"}) {
        auto from = bundled_states_path();
        std::filesystem::copy_file(from.replace_extension(ext), dir / (std::string("states") + ext));
    }
    return dir / "states.shp";
}

std::string bytes_of(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Collects what --lenient drops.
struct DropLog {
    std::vector<std::string> lines;
    LoadOptions options() {
        LoadOptions o;
        o.on_dropped = [this](const InputError& e) { lines.push_back(e.what()); };
        return o;
    }
};

TestLayer three_states() {
    TestLayer layer;
    layer.features = {{"06", square_wkt(-120, 36, 1)}, {"48", square_wkt(-100, 31, 1)}, {"08", square_wkt(-106, 39, 1)}};
    return layer;
}

}  // namespace

TEST_CASE("a truncated .shp names the first feature it cannot read, never a map with states missing") {
    TempDir dir;
    const auto shp = copy_bundled(dir);
    std::filesystem::resize_file(shp, 100000);  // about 40% of it
    const std::string message = load_error(shp);
    CHECK_THAT(message, StartsWith(shp.string() + ": feature "));
    CHECK_THAT(message, Contains(": cannot read the geometry; the file is truncated or damaged"));
    CHECK_THAT(message, Contains("(GDAL: "));
    CHECK(message.find('\n') == std::string::npos);

    SECTION("--lenient keeps the states before the cut and names every one it dropped") {
        DropLog log;
        const auto states = load_states(shp, log.options());
        // Territories are skipped before their geometry is read: each state is either
        // loaded whole or named as dropped.
        CHECK(states.size() + log.lines.size() == 51);
        CHECK(states.size() >= 5);
        REQUIRE_FALSE(log.lines.empty());
        CHECK(log.lines.front() == message);
        for (const std::string& line : log.lines) CHECK_THAT(line, Contains("cannot read the geometry"));
    }
}

TEST_CASE("a .shp cut inside its header is not read at all") {
    TempDir dir;
    const auto shp = copy_bundled(dir);
    std::filesystem::resize_file(shp, 60);
    CHECK_THAT(load_error(shp), StartsWith(shp.string() + ": not a GIS vector file GDAL can read"));
}

TEST_CASE("a shapefile in GDAL's memory file system (/vsimem/) loads like one on disk") {
    const std::string folder = "/vsimem/medmap_test_" + std::to_string(reinterpret_cast<std::uintptr_t>(&folder));
    std::vector<std::string> kept;  // VSIFileFromMemBuffer does not copy
    for (const char* ext : {".shp", ".shx", ".dbf", ".prj"}) {
        auto from = bundled_states_path();
        kept.push_back(bytes_of(from.replace_extension(ext)));
        auto* data = reinterpret_cast<GByte*>(kept.back().data());
        VSIFCloseL(VSIFileFromMemBuffer((folder + "/states" + ext).c_str(), data, kept.back().size(), FALSE));
    }
    CHECK(load_states(folder + "/states.shp").size() == 51);
    VSIUnlink((folder + "/states.dbf").c_str());
    CHECK_THAT(load_error(folder + "/states.shp"), Contains("missing companion file states.dbf"));
    CHECK_THAT(load_error(folder + "/nothing.shp"), Contains("nothing.shp: no such file"));
    for (const char* ext : {".shp", ".shx", ".prj"}) VSIUnlink((folder + "/states" + ext).c_str());
}

TEST_CASE("a Web Mercator (EPSG:3857) copy of every state is reprojected so that picking finds each state") {
    TempDir dir;
    GDALAllRegister();
    const std::string mercator = (dir / "mercator.shp").string();
    const std::string source = bundled_states_path().string();
    char* args[] = {const_cast<char*>("-t_srs"), const_cast<char*>("EPSG:3857"), nullptr};
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(args, nullptr);
    GDALDatasetH src = GDALOpenEx(source.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    REQUIRE(src != nullptr);
    GDALDatasetH out = GDALVectorTranslate(mercator.c_str(), nullptr, 1, &src, options, nullptr);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(src);
    REQUIRE(out != nullptr);
    GDALClose(out);
    REQUIRE_THAT(bytes_of(dir / "mercator.prj"), Contains("Mercator"));

    const MapModel model = MapModel::from_atlas(project_albers_usa(load_states(mercator)));
    const Atlas& reference = bundled_atlas();
    REQUIRE(model.atlas.states.size() == reference.states.size());
    std::size_t picked_right = 0;
    for (const ProjectedState& state : reference.states) {
        // A point well inside the state on the map made from the NAD83 original.
        const InteriorPoint inside = pole_of_inaccessibility(state.shape, 100.0);
        const auto picked = model.picker.pick(inside.center);
        INFO(state.usps);
        REQUIRE(picked.has_value());
        CHECK(model.atlas.states[*picked].usps == state.usps);
        picked_right += model.atlas.states[*picked].usps == state.usps;
    }
    CHECK(picked_right == 51);
}

TEST_CASE("lenient loading drops unknown, duplicate and non-polygon features, names each, and keeps the rest") {
    TempDir dir;
    TestLayer layer = three_states();
    layer.crs = "";
    layer.type = wkbUnknown;
    layer.features.push_back({"99", square_wkt(-90, 35, 1)});        // feature 3: no such state
    layer.features.push_back({"48", square_wkt(-98, 31, 1)});        // feature 4: Texas again
    layer.features.push_back({"53", "POINT (-120 47)"});             // feature 5: a point
    layer.features.push_back({"41", "LINESTRING (-122 44, -120 45)"});  // feature 6: a line
    write_vector_file(dir / "mixed.geojson", layer, "GeoJSON");

    // Without --lenient the first problem stops the load.
    CHECK_THAT(load_error(dir / "mixed.geojson"), Contains("feature 3: unknown state code \"99\""));

    DropLog log;
    const auto states = load_states(dir / "mixed.geojson", log.options());
    REQUIRE(states.size() == 3);
    CHECK(states[2].usps == "TX");
    CHECK(states[2].lonlat[0].outer[0].x == Approx(-100));  // the first Texas is kept
    REQUIRE(log.lines.size() == 4);
    CHECK_THAT(log.lines[0], Contains("mixed.geojson: feature 3: unknown state code \"99\""));
    CHECK_THAT(log.lines[1], Contains("feature 4: duplicate state TX (48), already given by feature 1"));
    CHECK_THAT(log.lines[2], Contains("feature 5: geometry is a Point, expected polygons"));
    CHECK_THAT(log.lines[3], Contains("feature 6: geometry is a Line String, expected polygons"));
}

TEST_CASE("lenient loading still refuses a file with nothing usable left") {
    TempDir dir;
    TestLayer layer;
    layer.features = {{"99", square_wkt(-90, 35, 1)}, {"XX", square_wkt(-91, 35, 1)}};
    write_vector_file(dir / "junk.shp", layer);
    DropLog log;
    try {
        load_states(dir / "junk.shp", log.options());
        FAIL("loaded");
    } catch (const InputError& e) {
        CHECK_THAT(e.what(), Contains("junk.shp: layer junk: no usable state left after dropping all 2 features"));
    }
    CHECK(log.lines.size() == 2);
}

TEST_CASE("lenient loading: a handler that throws stops the load with that problem") {
    TempDir dir;
    TestLayer layer = three_states();
    layer.features[1].code = "99";
    write_vector_file(dir / "states.shp", layer);
    LoadOptions options;
    options.on_dropped = [](const InputError& e) { throw e; };
    CHECK_THROWS_WITH(load_states(dir / "states.shp", options), Contains("feature 1: unknown state code"));
}

TEST_CASE("large files report progress in steps of 10%, the bundled states stay silent") {
    std::vector<int> reported;
    LoadOptions options;
    options.on_progress = [&](int percent) { reported.push_back(percent); };
    load_states(bundled_states_path(), options);
    CHECK(reported.empty());

    // 20 states of 60,000 vertices each: about 19 MB of .shp.
    TempDir dir;
    const char* codes[] = {"01", "04", "05", "06", "08", "09", "10", "12", "13", "16",
                           "17", "18", "19", "20", "21", "22", "23", "24", "25", "26"};
    {
        GDALAllRegister();
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
        GDALDataset* dataset = driver->Create((dir / "big.shp").c_str(), 0, 0, 0, GDT_Unknown, nullptr);
        OGRSpatialReference srs;
        srs.importFromEPSG(4269);
        OGRLayer* layer = dataset->CreateLayer("big", &srs, wkbPolygon, nullptr);
        OGRFieldDefn field("STATEFP", OFTString);
        layer->CreateField(&field);
        int n = 0;
        for (const char* code : codes) {
            OGRLinearRing ring;
            constexpr int kVertices = 60000;
            ring.setNumPoints(kVertices + 1);  // at once: growing point by point copies the ring each time
            for (int i = 0; i <= kVertices; ++i) {
                const double a = -2 * M_PI * (i % kVertices) / kVertices;  // clockwise: a shapefile outer ring
                ring.setPoint(i, -120 + 2 * n + 0.9 * std::cos(a), 40 + 0.9 * std::sin(a));
            }
            OGRPolygon polygon;
            polygon.addRing(&ring);
            OGRFeature feature(layer->GetLayerDefn());
            feature.SetField(0, code);
            feature.SetGeometry(&polygon);
            REQUIRE(layer->CreateFeature(&feature) == OGRERR_NONE);
            ++n;
        }
        GDALClose(GDALDataset::ToHandle(dataset));
    }
    REQUIRE(std::filesystem::file_size(dir / "big.shp") > static_cast<std::uintmax_t>(kProgressMinBytes));
    CHECK(load_states(dir / "big.shp", options).size() == 20);
    CHECK(reported == std::vector<int>{10, 20, 30, 40, 50, 60, 70, 80, 90, 100});
}

TEST_CASE("projected coordinates read as degrees (a GeoJSON file in metres) name the feature and the CRS") {
    // GeoJSON is longitude/latitude by definition; this one holds Web Mercator metres
    // under a misspelt "crs" member. Found by the geometry fuzzer.
    TempDir dir;
    std::ofstream(dir / "metres.geojson")
        << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"NAME":"Colorado"},)"
           R"("geometry":{"type":"Polygon","coordinates":[[[-12140000,4440000],[-11360000,4440000],)"
           R"([-11360000,5010000],[-12140000,5010000],[-12140000,4440000]]]}}]})";
    const std::string message = load_error(dir / "metres.geojson");
    CHECK_THAT(message, Contains("metres.geojson: feature 0: coordinates (x -1.214e+07 to -1.136e+07"));
    CHECK_THAT(message, Contains("are not longitude/latitude degrees after reprojection: is the CRS (.prj) right?"));
}
