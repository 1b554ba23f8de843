#include "core/geo/triangulate.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <string>

#include "core/geo/geos_support.hpp"

namespace medmap::geo {

namespace {

using detail::GeosContext;
using detail::GeosGeometry;

// Rounding makes the triangles' total differ from the polygon's area by ~1e-15
// relative; a triangulation that lost or doubled a piece is off by far more.
constexpr double kAreaTolerance = 1e-8;

// How often a polygon GEOS cannot triangulate may be halved (up to 2^6 pieces).
constexpr int kMaxSplitDepth = 6;

bool areas_agree(double triangles, double polygon) {
    return std::abs(triangles - polygon) <= kAreaTolerance * std::max(std::abs(polygon), 1e-300);
}

double cross(Vec2 a, Vec2 b, Vec2 c) { return (b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y); }

// Appends GEOS's triangles (each a 4-point closed ring), all with the same winding
// (positive signed area with y up) so a backend may rely on it. Returns their area.
double append_triangles(const GeosContext& geos, const GEOSGeometry* triangles, std::vector<Vec2>& out) {
    const GEOSContextHandle_t h = geos.handle();
    double area = 0;
    double xy[8];
    const int count = GEOSGetNumGeometries_r(h, triangles);
    for (int i = 0; i < count; ++i) {
        const GEOSGeometry* triangle = GEOSGetGeometryN_r(h, triangles, i);
        if (GEOSGeomTypeId_r(h, triangle) != GEOS_POLYGON) continue;
        const GEOSCoordSequence* ring = GEOSGeom_getCoordSeq_r(h, GEOSGetExteriorRing_r(h, triangle));
        unsigned int size = 0;
        if (ring == nullptr || !GEOSCoordSeq_getSize_r(h, ring, &size) || size != 4) continue;
        GEOSCoordSeq_copyToBuffer_r(h, ring, xy, 0, 0);
        Vec2 a{xy[0], xy[1]}, b{xy[2], xy[3]}, c{xy[4], xy[5]};
        const double doubled = cross(a, b, c);
        if (doubled < 0) std::swap(b, c);
        area += std::abs(doubled) / 2;
        out.insert(out.end(), {a, b, c});
    }
    return area;
}

// Appends the triangles of a valid `polygonal` geometry if they cover exactly its
// area; otherwise leaves `out` unchanged and returns false.
bool try_triangulate(const GeosContext& geos, const GEOSGeometry* polygonal, std::vector<Vec2>& out) {
    const GEOSContextHandle_t h = geos.handle();
    double expected = 0;
    if (!GEOSArea_r(h, polygonal, &expected)) return false;
    GEOSGeometry* raw = GEOSConstrainedDelaunayTriangulation_r(h, polygonal);
    if (raw == nullptr) return false;
    const GeosGeometry triangles(raw, detail::GeosGeometryDestroyer{h});
    const std::size_t before = out.size();
    if (areas_agree(append_triangles(geos, triangles.get(), out), expected)) return true;
    out.resize(before);
    return false;
}

GeosGeometry rectangle(const GeosContext& geos, double min_x, double min_y, double max_x, double max_y) {
    const Polygon box{{{min_x, min_y}, {max_x, min_y}, {max_x, max_y}, {min_x, max_y}}, {}};
    return detail::to_geos(geos, box);
}

// GEOS 3.11's hole joiner gives up on some valid polygons (e.g. a hole touching the
// shell: "Unable to find a convex corner"). Cutting the polygon in two across its
// longer side turns such holes into notches of the pieces' shells.
bool triangulate_or_split(const GeosContext& geos, const GEOSGeometry* polygonal, int depth,
                          std::vector<Vec2>& out) {
    if (try_triangulate(geos, polygonal, out)) return true;
    if (depth == 0) return false;

    const GEOSContextHandle_t h = geos.handle();
    double min_x = 0, min_y = 0, max_x = 0, max_y = 0;
    if (!GEOSGeom_getXMin_r(h, polygonal, &min_x) || !GEOSGeom_getYMin_r(h, polygonal, &min_y) ||
        !GEOSGeom_getXMax_r(h, polygonal, &max_x) || !GEOSGeom_getYMax_r(h, polygonal, &max_y))
        return false;
    // Slightly larger than the envelope, so the outer cuts cannot shave off edges.
    const double pad = std::max(max_x - min_x, max_y - min_y);
    const bool cut_x = max_x - min_x >= max_y - min_y;
    const double middle = cut_x ? (min_x + max_x) / 2 : (min_y + max_y) / 2;
    const GeosGeometry halves[2] = {
        cut_x ? rectangle(geos, min_x - pad, min_y - pad, middle, max_y + pad)
              : rectangle(geos, min_x - pad, min_y - pad, max_x + pad, middle),
        cut_x ? rectangle(geos, middle, min_y - pad, max_x + pad, max_y + pad)
              : rectangle(geos, min_x - pad, middle, max_x + pad, max_y + pad)};

    const std::size_t before = out.size();
    for (const GeosGeometry& half : halves) {
        GEOSGeometry* raw = GEOSIntersection_r(h, polygonal, half.get());
        if (raw == nullptr) break;
        const GeosGeometry clipped(raw, detail::GeosGeometryDestroyer{h});
        // The overlay may add slivers of lower dimension; only polygons are drawn.
        const GeosGeometry piece = detail::to_geos(geos, detail::polygons_from_geos(geos, clipped.get()));
        if (GEOSisEmpty_r(h, piece.get())) continue;
        if (!triangulate_or_split(geos, piece.get(), depth - 1, out)) {
            out.resize(before);
            return false;
        }
    }
    return true;
}

struct MakeValidParamsDestroyer {
    GEOSContextHandle_t handle = nullptr;
    void operator()(GEOSMakeValidParams* params) const noexcept { GEOSMakeValidParams_destroy_r(handle, params); }
};

// The "structure" method unions overlapping parts (the "linework" default would cut
// their overlap out), so the repaired shape covers what the input was meant to cover.
GeosGeometry repaired(const GeosContext& geos, const GEOSGeometry* invalid) {
    const GEOSContextHandle_t h = geos.handle();
    const std::unique_ptr<GEOSMakeValidParams, MakeValidParamsDestroyer> params(GEOSMakeValidParams_create_r(h),
                                                                                MakeValidParamsDestroyer{h});
    if (!params) throw std::runtime_error("triangulate: GEOS cannot create MakeValid parameters");
    GEOSMakeValidParams_setMethod_r(h, params.get(), GEOS_MAKE_VALID_STRUCTURE);
    GEOSMakeValidParams_setKeepCollapsed_r(h, params.get(), 0);
    return detail::adopt(geos, GEOSMakeValidWithParams_r(h, invalid, params.get()), "triangulate: MakeValid");
}

}  // namespace

std::vector<Vec2> triangulate(const MultiPolygon& shape) {
    const GeosContext geos;
    const GEOSContextHandle_t h = geos.handle();
    std::vector<Vec2> triangles;

    GeosGeometry polygons = detail::to_geos(geos, shape);
    if (GEOSisEmpty_r(h, polygons.get())) return triangles;
    // Self-intersections or overlapping parts would be triangulated twice or not at all.
    if (GEOSisValid_r(h, polygons.get()) != 1)
        polygons = detail::to_geos(geos, detail::polygons_from_geos(geos, repaired(geos, polygons.get()).get()));

    const int parts = GEOSGetNumGeometries_r(h, polygons.get());
    for (int i = 0; i < parts; ++i) {
        const GEOSGeometry* polygon = GEOSGetGeometryN_r(h, polygons.get(), i);
        if (triangulate_or_split(geos, polygon, kMaxSplitDepth, triangles)) continue;
        const std::string reason = geos.last_error().empty() ? "the triangles do not cover the polygon" : geos.last_error();
        throw std::runtime_error("triangulate: polygon " + std::to_string(i) + " of " + std::to_string(parts) + " (" +
                                 std::to_string(GEOSGetNumCoordinates_r(h, polygon)) + " vertices, " +
                                 std::to_string(GEOSGetNumInteriorRings_r(h, polygon)) +
                                 " holes): GEOS constrained Delaunay triangulation failed: " + reason);
    }
    return triangles;
}

}  // namespace medmap::geo
