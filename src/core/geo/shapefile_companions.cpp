#include "core/geo/shapefile_companions.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include <cpl_conv.h>
#include <cpl_string.h>

#include "core/base/input_error.hpp"
#include "core/base/utf8_text.hpp"

namespace medmap::geo::detail {

namespace {

// Shapefiles copied from Windows often have upper-case extensions (.DBF), so the
// companion is looked up ignoring case. The folder is listed through GDAL's virtual
// file system, so the same check holds for a file in memory (/vsimem/) or an archive.
bool has_sibling_ignoring_case(const std::filesystem::path& path, const std::string& extension) {
    const std::string folder = path.has_parent_path() ? path.parent_path().string() : std::string(".");
    const std::string wanted = ascii_lowercase(path.stem().string() + extension);
    const CPLStringList entries(VSIReadDir(folder.c_str()), TRUE);
    for (int i = 0; i < entries.size(); ++i)
        if (ascii_lowercase(entries[i]) == wanted) return true;
    return false;
}

}  // namespace

void require_shapefile_companions(const std::filesystem::path& path) {
    if (ascii_lowercase(path.extension().string()) != ".shp") return;
    for (const char* extension : {".shx", ".dbf"}) {
        if (has_sibling_ignoring_case(path, extension)) continue;
        std::string what = "missing companion file " + path.stem().string() + extension +
                           " (a shapefile needs its .shp, .shx and .dbf side by side)";
        // GDAL rebuilds an index from the .shp, but writes it beside the .shp: medmap never
        // does that to the user's files, so it says how to do it on a copy.
        if (std::string(extension) == ".shx")
            what += "; GDAL can rebuild it: ogr2ogr --config SHAPE_RESTORE_SHX YES fixed.shp " +
                    path.filename().string() + " (run on a copy: it writes the .shx beside the .shp)";
        throw InputError(path.string(), "", what);
    }
}

}  // namespace medmap::geo::detail
