#pragma once
// Internal to the geo module: the Census Bureau's boundaries come as a .zip (a shapefile,
// often in a folder, with .xml metadata beside it; or a KML). The loader opens the
// dataset inside through GDAL's /vsizip/, so nothing is unpacked anywhere.
#include <filesystem>
#include <string>

namespace medmap::geo::detail {

// For a path ending in .zip (any case): the /vsizip/ path of the one dataset inside, or
// of the one named `layer` (its file name, with or without extension, or its path in the
// zip). Any other path is returned unchanged. Throws medmap::InputError naming the zip
// when it holds no dataset, or several and `layer` names none of them (listing them).
std::string dataset_in_zip(const std::filesystem::path& path, const std::string& layer);

}  // namespace medmap::geo::detail
