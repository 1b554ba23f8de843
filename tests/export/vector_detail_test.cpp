// Vector exports at the output's resolution: a Census-500k-class shapefile (the bundled
// states densified past 4 MB, as an analyst's download would be) gives an SVG of at most
// 1 MB at 1920x1080, which looks the same as the full-detail SVG at 1x and 2x.
#include <catch2/catch.hpp>

#include <gdal_utils.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <regex>

#include "export_test_support.hpp"

using namespace export_test;

namespace {

// The bundled states with no edge longer than 0.0055 degrees (~600 m): a .shp of ~4.5 MB.
std::filesystem::path dense_shapefile(const TempDir& dir) {
    const auto out = dir / "dense.shp";
    GDALAllRegister();
    char* args[] = {const_cast<char*>("-segmentize"), const_cast<char*>("0.0055"), nullptr};
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(args, nullptr);
    const std::string bundled = std::string(MEDMAP_SOURCE_DIR) + "/geodata/us_states.shp";
    GDALDatasetH source = GDALOpenEx(bundled.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    REQUIRE(source != nullptr);
    GDALDatasetH made = GDALVectorTranslate(out.c_str(), nullptr, 1, &source, options, nullptr);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(source);
    REQUIRE(made != nullptr);
    GDALClose(made);
    return out;
}

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// Share of pixels where any channel differs by more than 10% (26 of 255).
double share_differing(const Image& a, const Image& b) {
    REQUIRE(a.width == b.width);
    REQUIRE(a.height == b.height);
    std::size_t differing = 0;
    for (std::size_t i = 0; i < a.pixels.size(); ++i) {
        const Pixel p = a.pixels[i], q = b.pixels[i];
        if (std::abs(p.r - q.r) > 25 || std::abs(p.g - q.g) > 25 || std::abs(p.b - q.b) > 25 ||
            std::abs(p.a - q.a) > 25)
            ++differing;
    }
    return static_cast<double>(differing) / static_cast<double>(a.pixels.size());
}

}  // namespace

TEST_CASE("SVG of a 4.5 MB shapefile: at most 1 MB, and no visible difference from full detail at 1x and 2x") {
    TempDir dir;
    const auto shp = dense_shapefile(dir);
    REQUIRE(std::filesystem::file_size(shp) >= 4'000'000);
    const std::string env = "MEDMAP_CACHE_DIR=" + quoted((dir / "cache").string()) + " ";
    const std::string common = env + medmap_exe() + " export --geodata " + quoted(shp.string()) + " --out ";
    for (const char* name : {"simple.svg", "full.svg"}) {
        const bool full = std::string(name) == "full.svg";
        const auto r = run_command(common + quoted((dir / name).string()) + (full ? " --full-detail" : ""));
        INFO(r.err);
        REQUIRE(r.status == 0);
    }
    const auto simple_bytes = std::filesystem::file_size(dir / "simple.svg");
    const auto full_bytes = std::filesystem::file_size(dir / "full.svg");
    INFO("SVG bytes: simplified " << simple_bytes << ", full detail " << full_bytes);
    CHECK(simple_bytes <= 1'000'000);
    CHECK(full_bytes > 2 * simple_bytes);  // --full-detail really keeps the detail

    // Coordinates carry at most two decimals at 1x.
    const std::string svg = slurp(dir / "simple.svg");
    CHECK_FALSE(std::regex_search(svg, std::regex(R"([0-9]\.[0-9]{3})")));

    for (const char* zoom : {"1", "2"}) {
        for (const char* name : {"simple", "full"})
            REQUIRE(run_command("rsvg-convert -z " + std::string(zoom) + " -o " +
                                quoted((dir / (std::string(name) + zoom + ".png")).string()) + " " +
                                quoted((dir / (std::string(name) + ".svg")).string()))
                        .status == 0);
        const double share = share_differing(read_png(dir / (std::string("simple") + zoom + ".png")),
                                             read_png(dir / (std::string("full") + zoom + ".png")));
        INFO("at " << zoom << "x, " << share * 100 << "% of pixels differ by more than 10%");
        CHECK(share <= 0.01);
    }
}
