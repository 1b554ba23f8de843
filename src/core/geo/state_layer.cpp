#include "core/geo/state_layer.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <stdexcept>

#include "core/base/input_error.hpp"
#include "core/geo/ogr_polygons.hpp"

namespace medmap::geo::detail {

namespace {

// In order of preference. For state layers GEOID equals STATEFP; NAME comes last
// because names are the most likely to be spelled differently.
constexpr std::array<std::string_view, 4> kIdentifierFields{"STATEFP", "GEOID", "STUSPS", "NAME"};

bool is_shapefile(const std::filesystem::path& path) {
    return equals_ignoring_case(path.extension().string(), ".shp");
}

bool layer_has_polygons(OGRLayer& layer) {
    const OGRwkbGeometryType declared = wkbFlatten(layer.GetGeomType());
    if (is_polygonal_type(declared)) return true;
    if (declared != wkbUnknown && declared != wkbGeometryCollection) return false;
    // Formats such as GeoJSON or GeoPackage may declare no single type: look at the features.
    bool found = false;
    layer.ResetReading();
    for (const auto& feature : layer) {
        const OGRGeometry* geometry = feature->GetGeometryRef();
        if (geometry != nullptr && !polygons_from_ogr(*geometry).empty()) {
            found = true;
            break;
        }
    }
    layer.ResetReading();
    return found;
}

// No layer has polygons: name the first feature that shows why.
[[noreturn]] void report_no_polygons(GDALDataset& dataset, const std::string& file) {
    for (OGRLayer* layer : dataset.GetLayers()) {
        const Places places(dataset, *layer);
        layer->ResetReading();
        for (const auto& feature : *layer) {
            const OGRGeometry* geometry = feature->GetGeometryRef();
            if (geometry == nullptr || geometry->IsEmpty()) continue;
            throw InputError(file, places.feature(feature->GetFID()),
                             std::string("geometry is a ") + OGRGeometryTypeToName(geometry->getGeometryType()) +
                                 ", expected polygons");
        }
    }
    throw InputError(file, "", "no polygon features (no feature has a geometry)");
}

}  // namespace

bool equals_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
               return std::tolower(x) == std::tolower(y);
           });
}

OGRLayer& first_polygon_layer(GDALDataset& dataset, const std::string& file) {
    if (dataset.GetLayerCount() == 0) throw InputError(file, "", "no layers");
    for (OGRLayer* layer : dataset.GetLayers())
        if (layer_has_polygons(*layer)) return *layer;
    report_no_polygons(dataset, file);
}

IdentifierField find_identifier_field(OGRLayer& layer, const std::string& file, const Places& places) {
    const OGRFeatureDefn& definition = *layer.GetLayerDefn();
    for (std::string_view wanted : kIdentifierFields)
        for (int i = 0; i < definition.GetFieldCount(); ++i)
            if (equals_ignoring_case(definition.GetFieldDefn(i)->GetNameRef(), wanted))
                return {i, definition.GetFieldDefn(i)->GetNameRef()};

    std::string accepted, found;
    for (std::string_view name : kIdentifierFields) accepted += (accepted.empty() ? "" : ", ") + std::string(name);
    for (int i = 0; i < definition.GetFieldCount(); ++i)
        found += (found.empty() ? "" : ", ") + std::string(definition.GetFieldDefn(i)->GetNameRef());
    throw InputError(file, places.layer(),
                     "no state identifier field: expected one of " + accepted + " (any case); found " +
                         (found.empty() ? "no fields" : found));
}

CoordinateTransformationPtr transformation_to_nad83(OGRLayer& layer, const std::filesystem::path& path,
                                                   const Places& places) {
    const OGRSpatialReference* layer_crs = layer.GetSpatialRef();
    if (layer_crs == nullptr)
        throw InputError(path.string(), places.layer(),
                         is_shapefile(path) ? "no coordinate reference system (missing .prj)"
                                            : "no coordinate reference system");
    OGRSpatialReference source(*layer_crs);
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const OGRSpatialReference target = nad83_lonlat();
    if (source.IsSame(&target)) return nullptr;
    try {
        return make_transformation(source, target);
    } catch (const std::runtime_error& e) {
        throw InputError(path.string(), places.layer(), e.what());
    }
}

}  // namespace medmap::geo::detail
