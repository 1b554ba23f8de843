#pragma once
// Internal to the geo module: a .shp is useless without its .shx (index) and .dbf
// (attributes). GDAL's own message for that is obscure, so the loader checks first.
#include <filesystem>

namespace medmap::geo::detail {

// Does nothing unless `path` ends in .shp (any case). Throws medmap::InputError naming
// the missing companion file otherwise.
void require_shapefile_companions(const std::filesystem::path& path);

}  // namespace medmap::geo::detail
