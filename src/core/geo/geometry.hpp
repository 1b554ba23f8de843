#pragma once
// Plain planar geometry shared by the loader, the projection, triangulation and picking.
#include <algorithm>
#include <limits>
#include <vector>

namespace medmap::geo {

struct Vec2 {
    double x = 0;
    double y = 0;
    friend bool operator==(const Vec2&, const Vec2&) = default;
};

using Ring = std::vector<Vec2>;  // closed implicitly: the last point is not repeated

struct Polygon {
    Ring outer;
    std::vector<Ring> holes;
};

using MultiPolygon = std::vector<Polygon>;

struct Box {
    double min_x = std::numeric_limits<double>::infinity();
    double min_y = std::numeric_limits<double>::infinity();
    double max_x = -std::numeric_limits<double>::infinity();
    double max_y = -std::numeric_limits<double>::infinity();

    bool empty() const { return min_x > max_x || min_y > max_y; }
    double width() const { return max_x - min_x; }
    double height() const { return max_y - min_y; }
    Vec2 center() const { return {(min_x + max_x) / 2, (min_y + max_y) / 2}; }
    void include(Vec2 p) {
        min_x = std::min(min_x, p.x); min_y = std::min(min_y, p.y);
        max_x = std::max(max_x, p.x); max_y = std::max(max_y, p.y);
    }
    void include(const Box& b) {
        if (b.empty()) return;
        include(Vec2{b.min_x, b.min_y});
        include(Vec2{b.max_x, b.max_y});
    }
    bool contains(Vec2 p) const { return p.x >= min_x && p.x <= max_x && p.y >= min_y && p.y <= max_y; }
    bool intersects(const Box& b) const {
        return !(b.min_x > max_x || b.max_x < min_x || b.min_y > max_y || b.max_y < min_y);
    }
    // The part inside both (no area when they do not overlap: check width() and height()).
    Box intersection(const Box& b) const {
        return {std::max(min_x, b.min_x), std::max(min_y, b.min_y), std::min(max_x, b.max_x), std::min(max_y, b.max_y)};
    }
};

Box bounds_of(const MultiPolygon& mp);

}  // namespace medmap::geo
