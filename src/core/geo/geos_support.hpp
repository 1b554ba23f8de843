#pragma once
// Internal to the geo module (and its tests): an owned GEOS context and owned GEOS
// geometries, plus conversion to and from the module's plain geometry types.
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>

#include <memory>
#include <string>
#include <string_view>

#include "core/geo/geometry.hpp"

namespace medmap::geo::detail {

// One GEOS context per owner: a context is not safe to share between threads, and its
// error handler writes into this object, so it is neither copyable nor movable.
class GeosContext {
public:
    GeosContext();
    ~GeosContext();
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;

    GEOSContextHandle_t handle() const noexcept { return handle_; }
    const std::string& last_error() const noexcept { return last_error_; }

private:
    static void remember_error(const char* message, void* self);

    GEOSContextHandle_t handle_;
    std::string last_error_;
};

struct GeosGeometryDestroyer {
    GEOSContextHandle_t handle = nullptr;
    void operator()(GEOSGeometry* geometry) const noexcept { GEOSGeom_destroy_r(handle, geometry); }
};
using GeosGeometry = std::unique_ptr<GEOSGeometry, GeosGeometryDestroyer>;

// Takes ownership of what a GEOS call returned; a null result becomes a
// std::runtime_error "<what>: <GEOS's message>".
GeosGeometry adopt(const GeosContext& geos, GEOSGeometry* result, std::string_view what);

// A GEOS Polygon / MultiPolygon. Consecutive repeated vertices are dropped and rings
// with fewer than three distinct vertices are left out (GEOS rejects them).
GeosGeometry to_geos(const GeosContext& geos, const Polygon& polygon);
GeosGeometry to_geos(const GeosContext& geos, const MultiPolygon& shape);

// The polygonal parts of any GEOS geometry (points and lines are dropped).
MultiPolygon polygons_from_geos(const GeosContext& geos, const GEOSGeometry* geometry);

}  // namespace medmap::geo::detail
