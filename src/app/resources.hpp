#pragma once
// Finds the files medmap ships (geodata, stats) whether it runs from the
// build tree (build/medmap), from the source tree, or with explicit paths.
#include <filesystem>
#include <string>

namespace medmap::app {

struct ResourcePaths {
    std::filesystem::path geodata;  // shapefile (or anything GDAL opens)
    std::filesystem::path stats;    // stats JSON
    std::filesystem::path root;     // the project folder they were found in
};

// `geodata_override` / `stats_override`: the user's --geodata / --stats, empty if not given.
ResourcePaths locate_resources(const std::string& geodata_override, const std::string& stats_override);

}  // namespace medmap::app
