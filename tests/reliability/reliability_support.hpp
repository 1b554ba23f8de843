#pragma once
// Shared by the reliability tests: the answer every bad input must get, and data files
// to break.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "child_process.hpp"

namespace reliability {

// Caches go to a scratch folder, never the user's.
inline ChildOptions hermetic(const ScratchDir& dir) {
    ChildOptions o;
    o.env = {"MEDMAP_CACHE_DIR=" + (dir / "cache").string()};
    return o;
}

// The contract for bad input: exit `status`, one line on stderr that starts with
// "medmap: " and names the file and the place, nothing on stdout.
inline void check_one_line_error(const ChildResult& r, int status, const std::string& file_and_place) {
    INFO("stderr: " << r.err << "stdout: " << r.out);
    CHECK(r.status == status);
    CHECK(line_count(r.err) == 1);
    CHECK(r.err.rfind("medmap: ", 0) == 0);
    CHECK(r.err.find(file_and_place) != std::string::npos);
    CHECK(r.out.empty());
}

inline std::filesystem::path source_dir() { return MEDMAP_SOURCE_DIR; }
inline std::filesystem::path bundled_stats() { return source_dir() / "stats" / "medmap-stats.json"; }
inline std::filesystem::path bundled_geodata() { return source_dir() / "geodata" / "us_states.shp"; }

}  // namespace reliability
