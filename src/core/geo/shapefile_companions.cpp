#include "core/geo/shapefile_companions.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include <cpl_conv.h>
#include <cpl_string.h>

#include "core/base/input_error.hpp"

namespace medmap::geo::detail {

namespace {

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// Shapefiles copied from Windows often have upper-case extensions (.DBF), so the
// companion is looked up ignoring case. The folder is listed through GDAL's virtual
// file system, so the same check holds for a file in memory (/vsimem/) or an archive.
bool has_sibling_ignoring_case(const std::filesystem::path& path, const std::string& extension) {
    const std::string folder = path.has_parent_path() ? path.parent_path().string() : std::string(".");
    const std::string wanted = lowercase(path.stem().string() + extension);
    const CPLStringList entries(VSIReadDir(folder.c_str()), TRUE);
    for (int i = 0; i < entries.size(); ++i)
        if (lowercase(entries[i]) == wanted) return true;
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
