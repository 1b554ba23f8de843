#include "core/geo/geos_support.hpp"

#include <stdexcept>
#include <vector>

namespace medmap::geo::detail {

GeosContext::GeosContext() : handle_(GEOS_init_r()) {
    if (handle_ == nullptr) throw std::runtime_error("GEOS: cannot create a context");
    GEOSContext_setErrorMessageHandler_r(handle_, &GeosContext::remember_error, this);
}

GeosContext::~GeosContext() { GEOS_finish_r(handle_); }

void GeosContext::remember_error(const char* message, void* self) {
    static_cast<GeosContext*>(self)->last_error_ = message ? message : "";
}

GeosGeometry adopt(const GeosContext& geos, GEOSGeometry* result, std::string_view what) {
    if (result == nullptr) {
        std::string message(what);
        message += ": ";
        message += geos.last_error().empty() ? "GEOS failed" : geos.last_error();
        throw std::runtime_error(message);
    }
    return GeosGeometry(result, GeosGeometryDestroyer{geos.handle()});
}

namespace {

// x0 y0 x1 y1 ... closed (first vertex repeated), without consecutive duplicates.
std::vector<double> closed_coordinates(const Ring& ring) {
    std::vector<double> xy;
    xy.reserve(2 * ring.size() + 2);
    for (const Vec2& p : ring) {
        if (xy.size() >= 2 && xy[xy.size() - 2] == p.x && xy.back() == p.y) continue;
        xy.push_back(p.x);
        xy.push_back(p.y);
    }
    while (xy.size() >= 4 && xy[0] == xy[xy.size() - 2] && xy[1] == xy.back()) xy.resize(xy.size() - 2);
    if (xy.size() < 6) return {};  // fewer than three distinct vertices: no area
    xy.push_back(xy[0]);
    xy.push_back(xy[1]);
    return xy;
}

GEOSGeometry* linear_ring(const GeosContext& geos, const std::vector<double>& xy) {
    GEOSCoordSequence* sequence =
        GEOSCoordSeq_copyFromBuffer_r(geos.handle(), xy.data(), xy.size() / 2, 0, 0);
    if (sequence == nullptr) throw std::runtime_error("GEOS: cannot create a coordinate sequence");
    // The ring takes ownership of the sequence; it cannot be rejected, being closed with >= 4 points.
    return GEOSGeom_createLinearRing_r(geos.handle(), sequence);
}

Ring ring_from_geos(const GeosContext& geos, const GEOSGeometry* ring) {
    const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(geos.handle(), ring);
    unsigned int size = 0;
    if (sequence == nullptr || !GEOSCoordSeq_getSize_r(geos.handle(), sequence, &size) || size < 4)
        return {};
    std::vector<double> xy(2 * std::size_t{size});
    GEOSCoordSeq_copyToBuffer_r(geos.handle(), sequence, xy.data(), 0, 0);
    Ring out;
    out.reserve(size - 1);
    for (unsigned int i = 0; i + 1 < size; ++i) out.push_back({xy[2 * i], xy[2 * i + 1]});  // drop closing vertex
    return out;
}

void collect_polygons(const GeosContext& geos, const GEOSGeometry* geometry, MultiPolygon& out) {
    const GEOSContextHandle_t h = geos.handle();
    switch (GEOSGeomTypeId_r(h, geometry)) {
        case GEOS_POLYGON: {
            if (GEOSisEmpty_r(h, geometry)) return;
            Polygon polygon;
            polygon.outer = ring_from_geos(geos, GEOSGetExteriorRing_r(h, geometry));
            if (polygon.outer.empty()) return;
            const int holes = GEOSGetNumInteriorRings_r(h, geometry);
            for (int i = 0; i < holes; ++i) {
                Ring hole = ring_from_geos(geos, GEOSGetInteriorRingN_r(h, geometry, i));
                if (!hole.empty()) polygon.holes.push_back(std::move(hole));
            }
            out.push_back(std::move(polygon));
            return;
        }
        case GEOS_MULTIPOLYGON:
        case GEOS_GEOMETRYCOLLECTION: {
            const int parts = GEOSGetNumGeometries_r(h, geometry);
            for (int i = 0; i < parts; ++i) collect_polygons(geos, GEOSGetGeometryN_r(h, geometry, i), out);
            return;
        }
        default:
            return;  // points and lines have no area to draw
    }
}

}  // namespace

GeosGeometry to_geos(const GeosContext& geos, const Polygon& polygon) {
    const std::vector<double> outer = closed_coordinates(polygon.outer);
    if (outer.empty()) return adopt(geos, GEOSGeom_createEmptyPolygon_r(geos.handle()), "GEOS: empty polygon");

    // Owned until GEOSGeom_createPolygon_r takes them over.
    std::vector<GeosGeometry> rings;
    rings.push_back(adopt(geos, linear_ring(geos, outer), "GEOS: outer ring"));
    for (const Ring& hole : polygon.holes) {
        const std::vector<double> xy = closed_coordinates(hole);
        if (!xy.empty()) rings.push_back(adopt(geos, linear_ring(geos, xy), "GEOS: hole"));
    }
    std::vector<GEOSGeometry*> holes;
    for (std::size_t i = 1; i < rings.size(); ++i) holes.push_back(rings[i].get());
    GEOSGeometry* shell = rings[0].get();
    GEOSGeometry* result = GEOSGeom_createPolygon_r(geos.handle(), shell, holes.data(),
                                                    static_cast<unsigned int>(holes.size()));
    if (result != nullptr)
        for (GeosGeometry& ring : rings) (void)ring.release();  // now owned by `result`
    return adopt(geos, result, "GEOS: polygon");
}

GeosGeometry to_geos(const GeosContext& geos, const MultiPolygon& shape) {
    std::vector<GeosGeometry> parts;
    for (const Polygon& polygon : shape) {
        GeosGeometry part = to_geos(geos, polygon);
        if (!GEOSisEmpty_r(geos.handle(), part.get())) parts.push_back(std::move(part));
    }
    std::vector<GEOSGeometry*> raw;
    for (GeosGeometry& part : parts) raw.push_back(part.get());
    GEOSGeometry* result = GEOSGeom_createCollection_r(geos.handle(), GEOS_MULTIPOLYGON, raw.data(),
                                                       static_cast<unsigned int>(raw.size()));
    if (result != nullptr)
        for (GeosGeometry& part : parts) (void)part.release();  // now owned by `result`
    return adopt(geos, result, "GEOS: multipolygon");
}

MultiPolygon polygons_from_geos(const GeosContext& geos, const GEOSGeometry* geometry) {
    MultiPolygon out;
    if (geometry != nullptr) collect_polygons(geos, geometry, out);
    return out;
}

}  // namespace medmap::geo::detail
