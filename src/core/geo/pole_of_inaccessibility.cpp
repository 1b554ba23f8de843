#include "core/geo/pole_of_inaccessibility.hpp"

#include <stdexcept>

#include "core/geo/geos_support.hpp"

namespace medmap::geo {

InteriorPoint pole_of_inaccessibility(const MultiPolygon& shape, double tolerance) {
    detail::GeosContext geos;
    InteriorPoint best;
    bool found = false;
    for (const Polygon& part : shape) {
        auto polygon = detail::to_geos(geos, part);
        if (!polygon || GEOSisEmpty_r(geos.handle(), polygon.get())) continue;
        // GEOS answers a two-point line: the circle's centre, then its nearest edge point.
        auto radius_line = detail::adopt(
            geos, GEOSMaximumInscribedCircle_r(geos.handle(), polygon.get(), tolerance), "maximum inscribed circle");
        double cx = 0, cy = 0, ex = 0, ey = 0, length = 0;
        const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(geos.handle(), radius_line.get());
        if (!seq || !GEOSCoordSeq_getXY_r(geos.handle(), seq, 0, &cx, &cy) ||
            !GEOSCoordSeq_getXY_r(geos.handle(), seq, 1, &ex, &ey) ||
            !GEOSLength_r(geos.handle(), radius_line.get(), &length))
            throw std::runtime_error("maximum inscribed circle: unexpected GEOS result");
        (void)ex;
        (void)ey;
        if (!found || length > best.clearance) {
            best = {{cx, cy}, length};
            found = true;
        }
    }
    if (!found) throw std::runtime_error("pole of inaccessibility: empty shape");
    return best;
}

}  // namespace medmap::geo
