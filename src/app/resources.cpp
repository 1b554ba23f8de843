#include "app/resources.hpp"

#include <cstdlib>
#include <system_error>
#include <vector>

namespace medmap::app {

namespace fs = std::filesystem;

namespace {

// Candidate project roots, most specific first: $MEDMAP_HOME, the folder above the
// executable (build/medmap -> repo), the executable's folder, the configured source tree.
std::vector<fs::path> candidate_roots() {
    std::vector<fs::path> roots;
    if (const char* home = std::getenv("MEDMAP_HOME"); home && *home) roots.emplace_back(home);
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        roots.push_back(exe.parent_path().parent_path());
        roots.push_back(exe.parent_path());
    }
    roots.emplace_back(MEDMAP_SOURCE_DIR);
    return roots;
}

}  // namespace

ResourcePaths locate_resources(const std::string& geodata_override, const std::string& stats_override) {
    ResourcePaths paths;
    for (const fs::path& root : candidate_roots()) {
        std::error_code ec;
        if (fs::exists(root / "stats" / "medmap-stats.json", ec) && fs::exists(root / "geodata", ec)) {
            paths.root = root;
            break;
        }
    }
    if (paths.root.empty()) paths.root = MEDMAP_SOURCE_DIR;  // loaders will name the missing file
    paths.geodata = geodata_override.empty() ? paths.root / "geodata" / "us_states.shp" : fs::path(geodata_override);
    paths.stats = stats_override.empty() ? paths.root / "stats" / "medmap-stats.json" : fs::path(stats_override);
    return paths;
}

}  // namespace medmap::app
