#include "core/geo/gdal_support.hpp"

#include <cpl_error.h>
#include <stdexcept>

namespace medmap::geo::detail {

void register_gdal_drivers_once() {
    // A function-local static: thread-safe one-time initialisation, no global state of ours.
    static const bool registered = [] {
        GDALAllRegister();
        return true;
    }();
    (void)registered;
}

QuietGdalErrors::QuietGdalErrors() {
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
}

QuietGdalErrors::~QuietGdalErrors() { CPLPopErrorHandler(); }

std::string QuietGdalErrors::last_message_suffix() {
    const char* message = CPLGetLastErrorMsg();
    if (message == nullptr || *message == '\0') return {};
    return std::string(" (GDAL: ") + message + ")";
}

OGRSpatialReference nad83_lonlat() {
    OGRSpatialReference srs;
    srs.importFromEPSG(4269);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

OGRSpatialReference crs_from_definition(std::string_view definition) {
    const QuietGdalErrors quiet;
    OGRSpatialReference srs;
    const std::string text(definition);
    if (srs.SetFromUserInput(text.c_str()) != OGRERR_NONE)
        throw std::runtime_error("PROJ does not understand the CRS \"" + text + "\"" +
                                 QuietGdalErrors::last_message_suffix());
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

CoordinateTransformationPtr make_transformation(const OGRSpatialReference& from,
                                                const OGRSpatialReference& to) {
    const QuietGdalErrors quiet;
    CoordinateTransformationPtr ct(OGRCreateCoordinateTransformation(&from, &to));
    if (!ct) {
        const char* from_name = from.GetName();
        const char* to_name = to.GetName();
        throw std::runtime_error(std::string("no coordinate transformation from ") +
                                 (from_name ? from_name : "(unnamed CRS)") + " to " +
                                 (to_name ? to_name : "(unnamed CRS)") +
                                 QuietGdalErrors::last_message_suffix());
    }
    return ct;
}

}  // namespace medmap::geo::detail
