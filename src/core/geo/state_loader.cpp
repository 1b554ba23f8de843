#include "core/geo/state_loader.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <string_view>

#include <cpl_vsi.h>
#include <ogrsf_frmts.h>

#include "core/base/input_error.hpp"
#include "core/base/us_states.hpp"
#include "core/geo/gdal_support.hpp"
#include "core/geo/ogr_polygons.hpp"
#include "core/geo/shapefile_companions.hpp"
#include "core/geo/zip_datasets.hpp"

namespace medmap::geo {

namespace {

using detail::QuietGdalErrors;

// In order of preference. For state layers GEOID equals STATEFP; NAME comes last
// because names are the most likely to be spelled differently.
constexpr std::array<std::string_view, 4> kIdentifierFields{"STATEFP", "GEOID", "STUSPS", "NAME"};

bool equals_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
               return std::tolower(x) == std::tolower(y);
           });
}

bool is_shapefile(const std::filesystem::path& path) {
    return equals_ignoring_case(path.extension().string(), ".shp");
}

// Names where in the file something is, for messages: "feature 3", or with the layer
// when the file has several.
class Places {
public:
    Places(GDALDataset& dataset, OGRLayer& layer)
        : layer_name_(layer.GetName()), several_layers_(dataset.GetLayerCount() > 1) {}

    std::string layer() const { return "layer " + layer_name_; }
    std::string feature(GIntBig fid) const {
        const std::string place = "feature " + std::to_string(fid);
        return several_layers_ ? layer() + ", " + place : place;
    }

private:
    std::string layer_name_;
    bool several_layers_;
};

bool layer_has_polygons(OGRLayer& layer) {
    const OGRwkbGeometryType declared = wkbFlatten(layer.GetGeomType());
    if (detail::is_polygonal_type(declared)) return true;
    if (declared != wkbUnknown && declared != wkbGeometryCollection) return false;
    // Formats such as GeoJSON or GeoPackage may declare no single type: look at the features.
    bool found = false;
    layer.ResetReading();
    for (const auto& feature : layer) {
        const OGRGeometry* geometry = feature->GetGeometryRef();
        if (geometry != nullptr && !detail::polygons_from_ogr(*geometry).empty()) {
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

OGRLayer& first_polygon_layer(GDALDataset& dataset, const std::string& file) {
    if (dataset.GetLayerCount() == 0) throw InputError(file, "", "no layers");
    for (OGRLayer* layer : dataset.GetLayers())
        if (layer_has_polygons(*layer)) return *layer;
    report_no_polygons(dataset, file);
}

struct IdentifierField {
    int index;
    std::string name;  // as spelled in the file
};

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

// Null when the layer is already NAD83 longitude/latitude.
detail::CoordinateTransformationPtr transformation_to_nad83(OGRLayer& layer, const std::filesystem::path& path,
                                                            const Places& places) {
    const OGRSpatialReference* layer_crs = layer.GetSpatialRef();
    if (layer_crs == nullptr)
        throw InputError(path.string(), places.layer(),
                         is_shapefile(path) ? "no coordinate reference system (missing .prj)"
                                            : "no coordinate reference system");
    OGRSpatialReference source(*layer_crs);
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const OGRSpatialReference target = detail::nad83_lonlat();
    if (source.IsSame(&target)) return nullptr;
    try {
        return detail::make_transformation(source, target);
    } catch (const std::runtime_error& e) {
        throw InputError(path.string(), places.layer(), e.what());
    }
}

std::string field_value(const OGRFeature& feature, int field) {
    if (!feature.IsFieldSetAndNotNull(field)) return {};
    return feature.GetFieldAsString(field);
}

class LayerReader {
public:
    LayerReader(const std::string& file, const Places& places, const IdentifierField& id,
                OGRCoordinateTransformation* to_nad83, const LoadOptions& options)
        : file_(file), places_(places), id_(id), to_nad83_(to_nad83), options_(options) {}

    // nullopt for a territory that was not asked for.
    std::optional<StateShape> read(const OGRFeature& feature) {
        const GIntBig fid = feature.GetFID();
        const std::string place = places_.feature(fid);
        const std::string code = field_value(feature, id_.index);
        if (code.empty()) throw InputError(file_, place, "empty " + id_.name);
        const std::optional<UsState> state = find_us_state(code);
        if (!state)
            throw InputError(file_, place, "unknown state code \"" + code + "\" in field " + id_.name);

        const std::string fips(state->fips);
        if (const auto earlier = seen_.find(fips); earlier != seen_.end())
            throw InputError(file_, place,
                             "duplicate state " + std::string(state->usps) + " (" + fips + "), already given by " +
                                 places_.feature(earlier->second));
        if (state->territory && !options_.include_territories) {
            seen_.emplace(fips, fid);
            return std::nullopt;
        }
        StateShape shape{fips, std::string(state->usps), std::string(state->name), polygons(feature, place)};
        // Only a feature that was used claims its state: with --lenient, a later feature
        // may stand in for one dropped for its geometry.
        seen_.emplace(fips, fid);
        return shape;
    }

private:
    // Metres read as degrees (a GeoJSON file, which GDAL takes as WGS84, holding
    // projected coordinates; a wrong .prj) would otherwise fail deep in the projection,
    // or draw nonsense. Found by fuzzing.
    void require_lonlat_range(const OGRGeometry& geometry, const std::string& place) const {
        OGREnvelope e;
        geometry.getEnvelope(&e);
        const bool finite = std::isfinite(e.MinX) && std::isfinite(e.MaxX) && std::isfinite(e.MinY) && std::isfinite(e.MaxY);
        if (finite && e.MinX >= -180 && e.MaxX <= 180 && e.MinY >= -90 && e.MaxY <= 90) return;
        char extent[160];
        std::snprintf(extent, sizeof extent, "x %g to %g, y %g to %g", e.MinX, e.MaxX, e.MinY, e.MaxY);
        throw InputError(file_, place,
                         std::string("coordinates (") + extent +
                             ") are not longitude/latitude degrees after reprojection: is the CRS (.prj) right?");
    }

    MultiPolygon polygons(const OGRFeature& feature, const std::string& place) const {
        const OGRGeometry* original = feature.GetGeometryRef();
        // GDAL gives a feature it could not read (a .shp cut short) a null geometry and
        // says why through its error state, which the load loop resets for every feature.
        if (original == nullptr && CPLGetLastErrorType() >= CE_Failure)
            throw InputError(file_, place, "cannot read the geometry; the file is truncated or damaged" +
                                               QuietGdalErrors::last_message_suffix());
        if (original == nullptr || original->IsEmpty()) throw InputError(file_, place, "no geometry");
        const OGRwkbGeometryType type = wkbFlatten(original->getGeometryType());
        if (!detail::is_polygonal_type(type) && type != wkbGeometryCollection)
            throw InputError(file_, place,
                             std::string("geometry is a ") + OGRGeometryTypeToName(type) + ", expected polygons");

        OGRGeometryUniquePtr geometry(original->clone());
        if (to_nad83_ != nullptr && geometry->transform(to_nad83_) != OGRERR_NONE)
            throw InputError(file_, place,
                             "cannot transform to NAD83 longitude/latitude" + QuietGdalErrors::last_message_suffix());
        require_lonlat_range(*geometry, place);
        // Triangulation and picking need valid polygons (self-intersections are common in
        // hand-edited files; the bundled Oregon had one). The "structure" method unions
        // overlapping parts instead of cutting their overlap out as "linework" would.
        if (!geometry->IsValid()) {
            const char* const structure[] = {"METHOD=STRUCTURE", nullptr};
            OGRGeometryUniquePtr repaired(geometry->MakeValid(structure));
            if (!repaired)
                throw InputError(file_, place, "invalid geometry that cannot be repaired" +
                                                   QuietGdalErrors::last_message_suffix());
            geometry = std::move(repaired);
        }
        MultiPolygon parts = detail::polygons_from_ogr(*geometry);
        if (parts.empty()) throw InputError(file_, place, "no polygon with an area");
        return parts;
    }

    const std::string& file_;
    const Places& places_;
    const IdentifierField& id_;
    OGRCoordinateTransformation* to_nad83_;
    const LoadOptions& options_;
    std::map<std::string, GIntBig> seen_;  // FIPS -> feature that gave it
};

// The file's size in bytes, or nullopt when it does not exist. Asked through GDAL's
// virtual file system so that /vsimem/ and other /vsi paths work like real files.
std::optional<long long> file_size(const std::string& file) {
    VSIStatBufL stat;
    if (VSIStatL(file.c_str(), &stat) != 0) return std::nullopt;
    return VSI_ISREG(stat.st_mode) ? static_cast<long long>(stat.st_size) : 0;
}

ProgressSteps progress_for(OGRLayer& layer, long long bytes, const LoadOptions& options) {
    if (bytes < kProgressMinBytes) return ProgressSteps({}, 0);
    const GIntBig count = layer.GetFeatureCount(FALSE);  // -1 when counting means reading it all
    return ProgressSteps(options.on_progress, count > 0 ? static_cast<std::size_t>(count) : 0);
}

}  // namespace

std::vector<StateShape> load_states(const std::filesystem::path& path, const LoadOptions& options) {
    const std::string file = path.string();
    const std::optional<long long> bytes = file_size(file);
    if (!bytes) throw InputError(file, "", "no such file");
    detail::register_gdal_drivers_once();
    // A Census .zip is read as it comes: the dataset inside it, through /vsizip/.
    const bool zipped = path.extension() == ".zip" || path.extension() == ".ZIP";
    const std::string opened = detail::dataset_in_zip(path, options.layer);
    detail::require_shapefile_companions(opened);

    const QuietGdalErrors quiet;
    detail::GdalDatasetPtr dataset(GDALDataset::FromHandle(
        GDALOpenEx(opened.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr, nullptr, nullptr)));
    if (!dataset)
        throw InputError(file, "", "not a GIS vector file GDAL can read" + QuietGdalErrors::last_message_suffix());

    OGRLayer* named = nullptr;
    if (!options.layer.empty() && !zipped) {
        named = dataset->GetLayerByName(options.layer.c_str());
        if (!named) throw InputError(file, "", "no layer named "" + options.layer + """);
    }
    OGRLayer& layer = named ? *named : first_polygon_layer(*dataset, file);
    const Places places(*dataset, layer);
    const IdentifierField id = find_identifier_field(layer, file, places);
    const detail::CoordinateTransformationPtr to_nad83 = transformation_to_nad83(layer, path, places);

    LayerReader reader(file, places, id, to_nad83.get(), options);
    ProgressSteps progress = progress_for(layer, *bytes, options);
    std::vector<StateShape> states;
    std::size_t features = 0, dropped = 0;
    layer.ResetReading();
    CPLErrorReset();
    for (const auto& feature : layer) {
        ++features;
        try {
            if (std::optional<StateShape> state = reader.read(*feature)) states.push_back(std::move(*state));
        } catch (const InputError& problem) {
            if (!options.on_dropped) throw;
            options.on_dropped(problem);
            ++dropped;
        }
        CPLErrorReset();  // what GDAL says while fetching the next feature is about that one
        progress.advance();
    }
    // GDAL ends the iteration early, with an error, when it cannot go on (a damaged
    // index): what was read would silently lack states.
    if (CPLGetLastErrorType() >= CE_Failure)
        throw InputError(file, places.layer(), "reading stopped after " + std::to_string(features) + " features" +
                                                   QuietGdalErrors::last_message_suffix());
    if (features == 0) throw InputError(file, places.layer(), "no polygon features (the layer is empty)");
    if (states.empty() && dropped > 0)
        throw InputError(file, places.layer(), "no usable state left after dropping all " +
                                                   std::to_string(dropped) + " features");

    std::sort(states.begin(), states.end(), [](const StateShape& a, const StateShape& b) { return a.fips < b.fips; });
    return states;
}

}  // namespace medmap::geo
