#include "core/geo/zip_datasets.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include <cpl_string.h>
#include <cpl_vsi.h>

#include "core/base/input_error.hpp"
#include "core/base/utf8_text.hpp"

namespace medmap::geo::detail {

namespace {

// The files that are a dataset by themselves; a shapefile's companions and metadata
// (.shx, .dbf, .prj, .xml, .cpg...) are not.
bool is_dataset(const std::string& entry) {
    const std::string ext = ascii_lowercase(std::filesystem::path(entry).extension().string());
    return ext == ".shp" || ext == ".kml" || ext == ".kmz" || ext == ".geojson" || ext == ".gpkg" || ext == ".gml";
}

bool names(const std::string& entry, const std::string& layer) {
    const std::filesystem::path p(entry);
    const std::string wanted = ascii_lowercase(layer);
    return ascii_lowercase(entry) == wanted || ascii_lowercase(p.filename().string()) == wanted ||
           ascii_lowercase(p.stem().string()) == wanted;
}

}  // namespace

std::string dataset_in_zip(const std::filesystem::path& path, const std::string& layer) {
    if (ascii_lowercase(path.extension().string()) != ".zip") return path.string();
    const std::string root = "/vsizip/" + path.string();
    const CPLStringList entries(VSIReadDirRecursive(root.c_str()), TRUE);
    std::vector<std::string> datasets;
    for (int i = 0; i < entries.size(); ++i)
        if (is_dataset(entries[i])) datasets.emplace_back(entries[i]);
    // Listed by the names --layer takes.
    std::sort(datasets.begin(), datasets.end(), [](const std::string& a, const std::string& b) {
        return std::filesystem::path(a).stem() < std::filesystem::path(b).stem();
    });
    if (datasets.empty())
        throw InputError(path.string(), "", "the zip holds no boundary dataset (.shp, .kml, .geojson, .gpkg, .gml)");
    std::string listed;
    for (const std::string& d : datasets) listed += (listed.empty() ? "" : ", ") + std::filesystem::path(d).stem().string();
    if (!layer.empty()) {
        const auto it = std::find_if(datasets.begin(), datasets.end(), [&](const std::string& d) { return names(d, layer); });
        if (it == datasets.end())
            throw InputError(path.string(), "", "no dataset named \"" + layer + "\" in the zip; it holds " + listed);
        return root + "/" + *it;
    }
    if (datasets.size() > 1)
        throw InputError(path.string(), "", "the zip holds several datasets (" + listed + "): choose one with --layer NAME");
    return root + "/" + datasets.front();
}

}  // namespace medmap::geo::detail
