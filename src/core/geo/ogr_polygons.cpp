#include "core/geo/ogr_polygons.hpp"

#include <algorithm>
#include <memory>

namespace medmap::geo::detail {

namespace {

Ring ring_from_ogr(const OGRLinearRing& ring) {
    Ring out;
    const int count = ring.getNumPoints();
    out.reserve(static_cast<std::size_t>(std::max(count, 0)));
    for (int i = 0; i < count; ++i) {
        const Vec2 p{ring.getX(i), ring.getY(i)};
        if (!out.empty() && out.back() == p) continue;
        out.push_back(p);
    }
    if (out.size() > 1 && out.front() == out.back()) out.pop_back();
    if (out.size() < 3) out.clear();  // a ring without area
    return out;
}

void collect(const OGRGeometry& geometry, MultiPolygon& out) {
    switch (wkbFlatten(geometry.getGeometryType())) {
        case wkbPolygon: {
            const auto& polygon = *geometry.toPolygon();
            if (polygon.IsEmpty() || polygon.getExteriorRing() == nullptr) return;
            Polygon part;
            part.outer = ring_from_ogr(*polygon.getExteriorRing());
            if (part.outer.empty()) return;
            for (int i = 0; i < polygon.getNumInteriorRings(); ++i) {
                Ring hole = ring_from_ogr(*polygon.getInteriorRing(i));
                if (!hole.empty()) part.holes.push_back(std::move(hole));
            }
            out.push_back(std::move(part));
            return;
        }
        case wkbMultiPolygon:
        case wkbMultiSurface:
        case wkbGeometryCollection: {
            const auto& collection = *geometry.toGeometryCollection();
            for (int i = 0; i < collection.getNumGeometries(); ++i) collect(*collection.getGeometryRef(i), out);
            return;
        }
        case wkbCurvePolygon: {
            const OGRGeometryUniquePtr linear(geometry.getLinearGeometry());
            if (linear) collect(*linear, out);
            return;
        }
        default:
            return;
    }
}

}  // namespace

bool is_polygonal_type(OGRwkbGeometryType type) {
    switch (wkbFlatten(type)) {
        case wkbPolygon:
        case wkbMultiPolygon:
        case wkbCurvePolygon:
        case wkbMultiSurface:
            return true;
        default:
            return false;
    }
}

MultiPolygon polygons_from_ogr(const OGRGeometry& geometry) {
    MultiPolygon out;
    collect(geometry, out);
    return out;
}

}  // namespace medmap::geo::detail
