#pragma once
// Internal to the geo module: RAII owners for the GDAL/OGR handles the loader and the
// projection use, so every early `throw` releases what was opened.
#include <memory>
#include <string>
#include <string_view>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

namespace medmap::geo::detail {

// GDAL keeps its driver registry process-wide; registering is idempotent but not free.
void register_gdal_drivers_once();

// Keeps GDAL from printing to stderr while alive (GDAL's handler stack is per thread)
// and remembers the last message so our own errors can quote it.
class QuietGdalErrors {
public:
    QuietGdalErrors();
    ~QuietGdalErrors();
    QuietGdalErrors(const QuietGdalErrors&) = delete;
    QuietGdalErrors& operator=(const QuietGdalErrors&) = delete;

    // " (GDAL: <last message>)" or "" when GDAL said nothing.
    static std::string last_message_suffix();
};

struct GdalDatasetCloser {
    void operator()(GDALDataset* dataset) const noexcept { GDALClose(GDALDataset::ToHandle(dataset)); }
};
using GdalDatasetPtr = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

struct CoordinateTransformationDestroyer {
    void operator()(OGRCoordinateTransformation* ct) const noexcept {
        OGRCoordinateTransformation::DestroyCT(ct);
    }
};
using CoordinateTransformationPtr =
    std::unique_ptr<OGRCoordinateTransformation, CoordinateTransformationDestroyer>;

// NAD83 longitude/latitude with x = longitude (not EPSG's latitude-first axis order).
OGRSpatialReference nad83_lonlat();

// A CRS from "EPSG:n" or a PROJ string, with x = easting/longitude. Throws
// std::runtime_error naming `definition` if PROJ does not understand it.
OGRSpatialReference crs_from_definition(std::string_view definition);

// Throws std::runtime_error naming both CRSs if PROJ finds no transformation.
CoordinateTransformationPtr make_transformation(const OGRSpatialReference& from,
                                                const OGRSpatialReference& to);

}  // namespace medmap::geo::detail
