// Shared-border simplification on small, hand-made coverages.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/geo/coverage_simplify.hpp"

using namespace medmap::geo;

namespace {

// Two unit-ish squares side by side, sharing a border x = 10 that wiggles by +-0.2.
std::vector<MultiPolygon> two_neighbours() {
    Ring border;  // from (10, 0) up to (10, 10)
    for (int i = 0; i <= 100; ++i) border.push_back({10 + 0.2 * std::sin(i * 0.7), i * 0.1});
    Ring left{{0, 0}};
    for (const Vec2& p : border) left.push_back(p);
    left.push_back({0, 10});
    Ring right{{20, 0}, {20, 10}};
    for (auto it = border.rbegin(); it != border.rend(); ++it) right.push_back(*it);
    return {{Polygon{left, {}}}, {Polygon{right, {}}}};
}

// The vertices of `ring` strictly between x = 5 and x = 15 (the shared border's).
std::vector<Vec2> border_part(const Ring& ring) {
    std::vector<Vec2> out;
    for (const Vec2& p : ring)
        if (p.x > 5 && p.x < 15) out.push_back(p);
    std::sort(out.begin(), out.end(), [](Vec2 a, Vec2 b) { return a.y < b.y; });
    return out;
}

}  // namespace

TEST_CASE("coverage simplification writes a shared border once, the same for both neighbours") {
    const auto shapes = two_neighbours();
    const auto simple = simplify_coverage(shapes, 0.5);
    REQUIRE(simple.size() == 2);
    REQUIRE(simple[0].size() == 1);
    REQUIRE(simple[1].size() == 1);
    const auto left = border_part(simple[0][0].outer), right = border_part(simple[1][0].outer);
    CHECK(left.size() < 50);  // simplified...
    CHECK(left == right);     // ...and identical on both sides: no sliver can open
    // The corners, where the border meets the outer edges, stay put.
    const Ring& l = simple[0][0].outer;
    CHECK(std::find(l.begin(), l.end(), Vec2{0, 0}) != l.end());
    CHECK(std::find(l.begin(), l.end(), Vec2{10, 0}) != l.end());
}

TEST_CASE("a border written with rounding noise on one side is still matched as one") {
    auto shapes = two_neighbours();
    for (Vec2& p : shapes[1][0].outer) p.x += 1e-9, p.y -= 1e-9;  // far below the 1 mm grid
    const auto simple = simplify_coverage(shapes, 0.5);
    CHECK(border_part(simple[0][0].outer) == border_part(simple[1][0].outer));
}

TEST_CASE("a small island keeps at least a triangle, whatever the tolerance") {
    Ring island;
    for (int i = 0; i < 40; ++i) island.push_back({std::cos(i * 0.157) , std::sin(i * 0.157)});
    const auto simple = simplify_coverage({{Polygon{island, {}}}}, 100.0);
    REQUIRE(simple.size() == 1);
    REQUIRE(simple[0].size() == 1);
    CHECK(simple[0][0].outer.size() >= 3);
}
