// --geodata X.zip as the Census Bureau ships it: a shapefile in a folder with metadata
// beside it, several datasets with --layer, a zipped KML; zips made here from geodata/.
#include <catch2/catch.hpp>

#include <cpl_vsi.h>
#include <gdal_utils.h>

#include <fstream>
#include <iterator>

#include "core/base/input_error.hpp"
#include "geo_test_support.hpp"

using namespace medmap;
using namespace medmap::geo;
using namespace medmap::geo::test;
using Catch::Matchers::Contains;

namespace {

std::string bytes_of(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void add_to_zip(const std::filesystem::path& zip, const std::string& entry, const std::string& bytes) {
    const std::string target = "/vsizip/" + zip.string() + "/" + entry;
    VSILFILE* f = VSIFOpenL(target.c_str(), "wb");
    REQUIRE(f);
    REQUIRE(VSIFWriteL(bytes.data(), 1, bytes.size(), f) == bytes.size());
    VSIFCloseL(f);
}

// The bundled shapefile's files as `folder/stem.*` entries of `zip`.
void add_shapefile(const std::filesystem::path& zip, const std::string& folder, const std::string& stem) {
    for (const char* ext : {".shp", ".shx", ".dbf", ".prj", ".cpg"}) {
        auto from = bundled_states_path();
        add_to_zip(zip, folder + stem + ext, bytes_of(from.replace_extension(ext)));
    }
}

// The bundled states as KML, through GDAL's own translator.
std::string bundled_as_kml(const TempDir& dir) {
    GDALAllRegister();
    GDALDatasetH source = GDALOpenEx(bundled_states_path().c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    REQUIRE(source);
    const char* args[] = {"-f", "KML", nullptr};
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(const_cast<char**>(args), nullptr);
    const std::string kml = (dir / "states.kml").string();
    GDALDatasetH out = GDALVectorTranslate(kml.c_str(), nullptr, 1, &source, options, nullptr);
    REQUIRE(out);
    GDALClose(out);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(source);
    return bytes_of(kml);
}

}  // namespace

TEST_CASE("a Census-style zip: the shapefile in a folder, with .xml metadata beside it") {
    const TempDir dir;
    const auto zip = dir / "cb_2023_us_state_500k.zip";
    add_shapefile(zip, "cb_2023_us_state_500k/", "cb_2023_us_state_500k");
    add_to_zip(zip, "cb_2023_us_state_500k/cb_2023_us_state_500k.shp.ea.iso.xml", "<xml/>");
    add_to_zip(zip, "cb_2023_us_state_500k/cb_2023_us_state_500k.shp.iso.xml", "<xml/>");
    const auto states = load_states(zip);
    REQUIRE(states.size() == bundled_states().size());
    CHECK(states.front().usps == bundled_states().front().usps);
    // Nothing was unpacked beside the zip.
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("a zip with two datasets lists them and takes --layer") {
    const TempDir dir;
    const auto zip = dir / "two.zip";
    add_shapefile(zip, "", "states_a");
    add_shapefile(zip, "more/", "states_b");
    try {
        load_states(zip);
        FAIL("a zip with two datasets was read without --layer");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()) == zip.string() +
                                           ": the zip holds several datasets (states_a, states_b): choose one with "
                                           "--layer NAME");
    }
    LoadOptions options;
    options.layer = "states_b";
    CHECK(load_states(zip, options).size() == bundled_states().size());
    options.layer = "nope";
    CHECK_THROWS_WITH(load_states(zip, options), Contains("no dataset named \"nope\" in the zip; it holds states_a, states_b"));
}

TEST_CASE("a zipped KML is read like the shapefile") {
    const TempDir dir;
    const auto zip = dir / "states_kml.zip";
    add_to_zip(zip, "states.kml", bundled_as_kml(dir));
    std::filesystem::remove(dir / "states.kml");
    const auto states = load_states(zip);
    CHECK(states.size() == bundled_states().size());
}

TEST_CASE("a zip without a boundary dataset, and a .shp without .shx, say what to do") {
    const TempDir dir;
    const auto zip = dir / "empty.zip";
    add_to_zip(zip, "README.txt", "nothing here");
    CHECK_THROWS_WITH(load_states(zip), Contains("empty.zip: the zip holds no boundary dataset"));

    for (const char* ext : {".shp", ".dbf", ".prj"}) {
        auto from = bundled_states_path();
        std::filesystem::copy_file(from.replace_extension(ext), dir / (std::string("states") + ext));
    }
    CHECK_THROWS_WITH(load_states(dir / "states.shp"),
                      Contains("missing companion file states.shx") && Contains("SHAPE_RESTORE_SHX YES") &&
                          Contains("run on a copy"));
    CHECK_FALSE(std::filesystem::exists(dir / "states.shx"));  // never written beside the user's file
}
