#include <catch2/catch.hpp>

#include <cmath>

#include "core/geo/geos_support.hpp"
#include "core/geo/triangulate.hpp"
#include "geo_test_support.hpp"

using namespace medmap::geo;
using namespace medmap::geo::test;

namespace {

double area_of_triangles(const std::vector<Vec2>& triangles) {
    double area = 0;
    for (std::size_t i = 0; i + 2 < triangles.size(); i += 3) {
        const Vec2 a = triangles[i], b = triangles[i + 1], c = triangles[i + 2];
        area += std::abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2;
    }
    return area;
}

Ring square(double x, double y, double size) { return {{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}}; }

double geos_area(const MultiPolygon& shape) {
    const detail::GeosContext geos;
    double area = 0;
    GEOSArea_r(geos.handle(), detail::to_geos(geos, shape).get(), &area);
    return area;
}

}  // namespace

TEST_CASE("a unit square is two triangles of total area 1") {
    const std::vector<Vec2> triangles = triangulate({Polygon{square(0, 0, 1), {}}});
    REQUIRE(triangles.size() == 6);
    CHECK(area_of_triangles(triangles) == Approx(1.0));
}

TEST_CASE("a hole is left out") {
    const MultiPolygon shape{Polygon{square(0, 0, 4), {square(1, 1, 2)}}};
    const std::vector<Vec2> triangles = triangulate(shape);
    REQUIRE(triangles.size() % 3 == 0);
    CHECK(area_of_triangles(triangles) == Approx(16.0 - 4.0));
    for (std::size_t i = 0; i < triangles.size(); i += 3) {
        const Vec2 c{(triangles[i].x + triangles[i + 1].x + triangles[i + 2].x) / 3,
                     (triangles[i].y + triangles[i + 1].y + triangles[i + 2].y) / 3};
        INFO("centroid " << c.x << ", " << c.y);
        CHECK_FALSE((c.x > 1 && c.x < 3 && c.y > 1 && c.y < 3));
    }
}

TEST_CASE("every part of a multipolygon is triangulated") {
    const MultiPolygon shape{Polygon{square(0, 0, 1), {}}, Polygon{square(5, 5, 2), {}}};
    const std::vector<Vec2> triangles = triangulate(shape);
    CHECK(area_of_triangles(triangles) == Approx(5.0));
    bool reached_second = false;
    for (const Vec2& v : triangles) reached_second |= v.x >= 5;
    CHECK(reached_second);
}

TEST_CASE("an invalid polygon is triangulated after repair") {
    // A bow tie: two triangles of area 1 meeting at (1, 1).
    const MultiPolygon bow_tie{Polygon{{{0, 0}, {2, 2}, {2, 0}, {0, 2}}, {}}};
    CHECK(area_of_triangles(triangulate(bow_tie)) == Approx(2.0));
    CHECK(triangulate(MultiPolygon{}).empty());
    CHECK(triangulate({Polygon{{{0, 0}, {1, 1}}, {}}}).empty());  // no area, nothing to draw
}

TEST_CASE("a hole touching the shell, which GEOS 3.11 cannot triangulate whole, is still left out") {
    // Valid (OGC): the triangular hole touches the shell at the single point (0, 2).
    const MultiPolygon shape{Polygon{square(0, 0, 4), {Ring{{0, 2}, {2, 1}, {2, 3}}}}};
    const std::vector<Vec2> triangles = triangulate(shape);
    CHECK(area_of_triangles(triangles) == Approx(16.0 - 2.0));
}

TEST_CASE("overlapping parts are counted once") {
    const MultiPolygon shape{Polygon{square(0, 0, 4), {}}, Polygon{square(2, 2, 4), {}}};
    CHECK(area_of_triangles(triangulate(shape)) == Approx(16.0 + 16.0 - 4.0));
}

TEST_CASE("triangles all wind the same way") {
    const std::vector<Vec2> triangles = triangulate({Polygon{square(0, 0, 4), {square(1, 1, 2)}}});
    for (std::size_t i = 0; i < triangles.size(); i += 3) {
        const Vec2 a = triangles[i], b = triangles[i + 1], c = triangles[i + 2];
        CHECK((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y) > 0);
    }
}

TEST_CASE("every projected state, Oregon included, triangulates to exactly its area") {
    const Atlas& atlas = bundled_atlas();
    REQUIRE(atlas.states.size() == 51);
    for (const ProjectedState& state : atlas.states) {
        INFO(state.name);
        const double expected = geos_area(state.shape);
        REQUIRE(expected > 0);
        CHECK(std::abs(area_of_triangles(triangulate(state.shape)) - expected) <= 1e-6 * expected);
    }
}
