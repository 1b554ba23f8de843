#include "core/geo/state_feature_reader.hpp"

#include <cmath>
#include <cstdio>

#include "core/base/input_error.hpp"
#include "core/base/us_states.hpp"
#include "core/geo/gdal_support.hpp"
#include "core/geo/ogr_polygons.hpp"

namespace medmap::geo::detail {

namespace {

std::string field_value(const OGRFeature& feature, int field) {
    if (!feature.IsFieldSetAndNotNull(field)) return {};
    return feature.GetFieldAsString(field);
}

}  // namespace

std::optional<StateShape> StateFeatureReader::read(const OGRFeature& feature) {
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

void StateFeatureReader::require_lonlat_range(const OGRGeometry& geometry, const std::string& place) const {
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

MultiPolygon StateFeatureReader::polygons(const OGRFeature& feature, const std::string& place) const {
    const OGRGeometry* original = feature.GetGeometryRef();
    // GDAL gives a feature it could not read (a .shp cut short) a null geometry and
    // says why through its error state, which the load loop resets for every feature.
    if (original == nullptr && CPLGetLastErrorType() >= CE_Failure)
        throw InputError(file_, place, "cannot read the geometry; the file is truncated or damaged" +
                                           QuietGdalErrors::last_message_suffix());
    if (original == nullptr || original->IsEmpty()) throw InputError(file_, place, "no geometry");
    const OGRwkbGeometryType type = wkbFlatten(original->getGeometryType());
    if (!is_polygonal_type(type) && type != wkbGeometryCollection)
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
    MultiPolygon parts = polygons_from_ogr(*geometry);
    if (parts.empty()) throw InputError(file_, place, "no polygon with an area");
    return parts;
}

}  // namespace medmap::geo::detail
