// The on-disk atlas cache, through the real executable: it is used, a damaged entry is
// ignored and rewritten, and an edited geodata file gets a new entry (never a stale map).
#include <catch2/catch.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "run_process.hpp"

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> entries(const fs::path& dir) {
    std::vector<fs::path> out;
    if (fs::exists(dir))
        for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path());
    return out;
}

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("medmap_cache_test_" + std::to_string(::getpid()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
};

}  // namespace

TEST_CASE("the atlas cache is filled once, reused, and survives a damaged entry") {
    TempDir tmp;
    const std::string env = "MEDMAP_CACHE_DIR='" + (tmp.path / "cache").string() + "'";
    const std::string args = "info --state TX --json --geodata '" MEDMAP_SOURCE_DIR "/geodata/us_states.shp'";

    auto first = run_medmap(args, env);
    REQUIRE(first.status == 0);
    auto cached = entries(tmp.path / "cache");
    REQUIRE(cached.size() == 1);

    auto second = run_medmap(args, env);
    CHECK(second.status == 0);
    CHECK(second.out == first.out);
    CHECK(entries(tmp.path / "cache").size() == 1);

    std::ofstream(cached[0], std::ios::trunc) << "garbage";
    auto third = run_medmap(args, env);
    CHECK(third.status == 0);
    CHECK(third.out == first.out);
    CHECK(fs::file_size(cached[0]) > 1000);  // rewritten whole
}

TEST_CASE("an edited geodata file is never served from the cache of its old contents") {
    TempDir tmp;
    for (const char* ext : {".shp", ".shx", ".dbf", ".prj", ".cpg"})
        fs::copy_file(fs::path(MEDMAP_SOURCE_DIR) / "geodata" / (std::string("us_states") + ext),
                      tmp.path / (std::string("states") + ext));
    const std::string env = "MEDMAP_CACHE_DIR='" + (tmp.path / "cache").string() + "'";
    const std::string shp = (tmp.path / "states.shp").string();
    REQUIRE(run_medmap("info --state TX --geodata '" + shp + "'", env).status == 0);

    // Remove the copy's .prj: the .shp is unchanged, but a cache keyed on it alone would
    // serve the old atlas and hide that the file no longer says its CRS.
    fs::remove(tmp.path / "states.prj");
    auto broken = run_medmap("info --state TX --geodata '" + shp + "'", env);
    CHECK(broken.status == 1);
    CHECK(line_count(broken.err) == 1);
    CHECK(broken.err.find("states.shp") != std::string::npos);
}

TEST_CASE("MEDMAP_NO_CACHE turns the cache off") {
    TempDir tmp;
    auto r = run_medmap("info --state TX --geodata '" MEDMAP_SOURCE_DIR "/geodata/us_states.shp'",
                        "MEDMAP_NO_CACHE=1 MEDMAP_CACHE_DIR='" + (tmp.path / "cache").string() + "'");
    CHECK(r.status == 0);
    CHECK(entries(tmp.path / "cache").empty());
}
