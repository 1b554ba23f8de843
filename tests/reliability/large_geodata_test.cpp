// A 50 MB shapefile: the real states densified (points inserted along every edge) until
// the .shp passes 50 MB. medmap must draw it with bounded memory and show its progress.
#include <catch2/catch.hpp>

#include <gdal_priv.h>
#include <gdal_utils.h>

#include <iostream>

#include "reliability_support.hpp"

using namespace reliability;

namespace {

constexpr std::uintmax_t kTargetBytes = 50ull << 20;

// ogr2ogr -segmentize: no edge longer than `max_degrees`.
void densify(const std::filesystem::path& from, const std::filesystem::path& to, double max_degrees) {
    GDALAllRegister();
    const std::string distance = std::to_string(max_degrees);
    char* args[] = {const_cast<char*>("-segmentize"), const_cast<char*>(distance.c_str()), nullptr};
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(args, nullptr);
    GDALDatasetH source = GDALOpenEx(from.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    REQUIRE(source != nullptr);
    GDALDatasetH out = GDALVectorTranslate(to.c_str(), nullptr, 1, &source, options, nullptr);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(source);
    REQUIRE(out != nullptr);
    GDALClose(out);
}

// The densified copy, about 50 MB; its size in bytes.
std::uintmax_t make_large_shapefile(const ScratchDir& dir, const std::filesystem::path& shp) {
    // The bundled file is ~235 KB, so edges of ~0.0006 degrees (~65 m) give ~50 MB; try
    // that, and once more finer if it falls short.
    double max_degrees = 0.0006;
    for (int attempt = 0; attempt < 3; ++attempt) {
        std::filesystem::remove_all(dir / "big");
        std::filesystem::create_directories(dir / "big");
        densify(bundled_geodata(), shp, max_degrees);
        const std::uintmax_t bytes = std::filesystem::file_size(shp);
        if (bytes >= kTargetBytes) return bytes;
        max_degrees *= 0.9 * static_cast<double>(bytes) / static_cast<double>(kTargetBytes);
    }
    FAIL("could not make a 50 MB shapefile");
    return 0;
}

}  // namespace

TEST_CASE("reliability: a 50 MB shapefile is drawn with bounded memory, and its progress shown") {
    ScratchDir dir;
    const auto shp = dir / "big" / "states.shp";
    const std::uintmax_t bytes = make_large_shapefile(dir, shp);
    REQUIRE(bytes < 2 * kTargetBytes);

    ChildOptions options = hermetic(dir);
    options.env.push_back("MEDMAP_NO_CACHE=1");  // measure the load itself, every time
    const ChildResult r = run_medmap({"export", "--geodata", shp.string(), "--out", (dir / "big.png").string()}, options);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(std::filesystem::exists(dir / "big.png"));

    // Progress: one line per 10% (stderr is not a terminal here).
    std::string expected;
    for (int percent = 10; percent <= 100; percent += 10)
        expected += "medmap: reading " + shp.string() + ": " + std::to_string(percent) + "%\n";
    CHECK(r.err == expected);

    const double file_mb = static_cast<double>(bytes) / (1 << 20);
    const double peak_mb = static_cast<double>(r.peak_rss_kb) / 1024;
    std::cout << "large geodata: " << file_mb << " MB .shp, peak RSS " << peak_mb << " MB ("
              << peak_mb / file_mb << "x)\n";
    CHECK(peak_mb < 10 * file_mb);

    // The bundled states stay silent.
    const ChildResult small = run_medmap({"export", "--out", (dir / "small.png").string()}, options);
    CHECK(small.status == 0);
    CHECK(small.err.empty());
}
