#include "core/geo/shapefile_companions.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <system_error>

#include "core/base/input_error.hpp"

namespace medmap::geo::detail {

namespace {

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// Shapefiles copied from Windows often have upper-case extensions (.DBF), so the
// companion is looked up ignoring case.
bool has_sibling_ignoring_case(const std::filesystem::path& path, const std::string& extension) {
    const std::filesystem::path folder =
        path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    const std::string wanted = lowercase(path.stem().string() + extension);
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error))
        if (lowercase(entry.path().filename().string()) == wanted) return true;
    return false;
}

}  // namespace

void require_shapefile_companions(const std::filesystem::path& path) {
    if (lowercase(path.extension().string()) != ".shp") return;
    for (const char* extension : {".shx", ".dbf"}) {
        if (has_sibling_ignoring_case(path, extension)) continue;
        throw InputError(path.string(), "",
                         "missing companion file " + path.stem().string() + extension +
                             " (a shapefile needs its .shp, .shx and .dbf side by side)");
    }
}

}  // namespace medmap::geo::detail
