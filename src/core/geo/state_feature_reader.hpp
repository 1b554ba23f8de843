#pragma once
// Internal to the geo module: one feature of the states' layer to a StateShape, in NAD83
// longitude/latitude, repaired if invalid. Remembers the states already read, so a
// second feature for one state is an error naming the first.
#include <map>
#include <optional>
#include <string>

#include <ogrsf_frmts.h>

#include "core/geo/state_layer.hpp"
#include "core/geo/state_loader.hpp"

namespace medmap::geo::detail {

class StateFeatureReader {
public:
    StateFeatureReader(const std::string& file, const Places& places, const IdentifierField& id,
                       OGRCoordinateTransformation* to_nad83, const LoadOptions& options)
        : file_(file), places_(places), id_(id), to_nad83_(to_nad83), options_(options) {}

    // nullopt for a territory that was not asked for. Throws medmap::InputError.
    std::optional<StateShape> read(const OGRFeature& feature);

private:
    // Metres read as degrees (a GeoJSON file, which GDAL takes as WGS84, holding
    // projected coordinates; a wrong .prj) would otherwise fail deep in the projection,
    // or draw nonsense. Found by fuzzing.
    void require_lonlat_range(const OGRGeometry& geometry, const std::string& place) const;
    MultiPolygon polygons(const OGRFeature& feature, const std::string& place) const;

    const std::string& file_;
    const Places& places_;
    const IdentifierField& id_;
    OGRCoordinateTransformation* to_nad83_;
    const LoadOptions& options_;
    std::map<std::string, GIntBig> seen_;  // FIPS -> feature that gave it
};

}  // namespace medmap::geo::detail
