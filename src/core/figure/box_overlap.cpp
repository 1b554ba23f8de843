#include "core/figure/box_overlap.hpp"

#include <algorithm>

namespace medmap::figure {

namespace {

// Liang-Barsky: does the segment a-b meet the box?
bool segment_meets_box(geo::Vec2 a, geo::Vec2 b, const geo::Box& box) {
    double t0 = 0, t1 = 1;
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x - box.min_x, box.max_x - a.x, a.y - box.min_y, box.max_y - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) return false;  // parallel to this side and outside it
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0) t0 = std::max(t0, t);
        else t1 = std::min(t1, t);
        if (t0 > t1) return false;
    }
    return true;
}

bool ring_meets_box(const geo::Ring& ring, const geo::Box& box) {
    for (std::size_t i = 0; i < ring.size(); ++i)
        if (segment_meets_box(ring[i], ring[(i + 1) % ring.size()], box)) return true;
    return false;
}

// Even-odd ray casting.
bool inside_ring(const geo::Ring& ring, geo::Vec2 p) {
    bool inside = false;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const geo::Vec2 a = ring[i], b = ring[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
    }
    return inside;
}

}  // namespace

bool box_touches(const geo::Box& box, const geo::MultiPolygon& shape) {
    for (const geo::Polygon& polygon : shape) {
        if (polygon.outer.size() < 3) continue;
        geo::Box bounds;
        for (const geo::Vec2& v : polygon.outer) bounds.include(v);
        if (!bounds.intersects(box)) continue;
        if (ring_meets_box(polygon.outer, box)) return true;
        for (const geo::Ring& hole : polygon.holes)
            if (ring_meets_box(hole, box)) return true;
        // No edge meets the box: it is wholly inside or wholly outside this polygon.
        const geo::Vec2 c = box.center();
        if (inside_ring(polygon.outer, c) &&
            std::none_of(polygon.holes.begin(), polygon.holes.end(), [&](const geo::Ring& h) { return inside_ring(h, c); }))
            return true;
    }
    return false;
}

}  // namespace medmap::figure
