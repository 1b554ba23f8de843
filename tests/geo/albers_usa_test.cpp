#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "core/geo/albers_usa.hpp"
#include "core/geo/geos_support.hpp"
#include "core/geo/view_transform.hpp"
#include "geo_test_support.hpp"

using namespace medmap::geo;
using namespace medmap::geo::test;
using Panel = ProjectedState::Panel;

namespace {

bool inside(const Box& inner, const Box& outer) {
    return inner.min_x >= outer.min_x && inner.max_x <= outer.max_x && inner.min_y >= outer.min_y &&
           inner.max_y <= outer.max_y;
}

MultiPolygon rectangle(const Box& b) {
    return {Polygon{{{b.min_x, b.min_y}, {b.max_x, b.min_y}, {b.max_x, b.max_y}, {b.min_x, b.max_y}}, {}}};
}

bool intersects(const detail::GeosContext& geos, const MultiPolygon& a, const MultiPolygon& b) {
    const auto ga = detail::to_geos(geos, a);
    const auto gb = detail::to_geos(geos, b);
    return GEOSIntersects_r(geos.handle(), ga.get(), gb.get()) == 1;
}

double geos_area(const detail::GeosContext& geos, const MultiPolygon& shape) {
    double area = 0;
    GEOSArea_r(geos.handle(), detail::to_geos(geos, shape).get(), &area);
    return area;
}

double distance(Vec2 a, Vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

}  // namespace

TEST_CASE("every projected state lies inside the atlas bounds, in input order") {
    const Atlas& atlas = bundled_atlas();
    REQUIRE(atlas.states.size() == 51);
    for (std::size_t i = 0; i < atlas.states.size(); ++i) {
        const ProjectedState& s = atlas.states[i];
        INFO(s.name);
        CHECK(s.fips == bundled_states()[i].fips);
        CHECK_FALSE(s.bounds.empty());
        CHECK(inside(s.bounds, atlas.bounds));
        CHECK(s.panel == (s.usps == "AK" ? Panel::Alaska : s.usps == "HI" ? Panel::Hawaii : Panel::Lower48));
    }
}

TEST_CASE("y grows downwards: Washington is above Texas") {
    const Atlas& atlas = bundled_atlas();
    CHECK(projected(atlas, "WA").bounds.max_y < projected(atlas, "TX").bounds.min_y);
    CHECK(projected(atlas, "ME").bounds.center().x > projected(atlas, "CA").bounds.center().x);
}

TEST_CASE("Alaska and Hawaii fit inside a fitted viewport") {
    const Atlas& atlas = bundled_atlas();
    const Box viewport{0, 0, 1280, 800};
    const ViewTransform view = ViewTransform::fit(atlas.bounds, viewport, 20);
    for (const char* usps : {"AK", "HI"}) {
        const Box& b = projected(atlas, usps).bounds;
        Box screen;
        screen.include(view.to_screen({b.min_x, b.min_y}));
        screen.include(view.to_screen({b.max_x, b.max_y}));
        INFO(usps);
        CHECK(inside(screen, Box{20 - 1e-9, 20 - 1e-9, 1260 + 1e-9, 780 + 1e-9}));
        CHECK(screen.width() > 20);  // visible, not a speck
    }
}

TEST_CASE("the Alaska and Hawaii insets overlap neither the lower 48 nor each other") {
    const Atlas& atlas = bundled_atlas();
    const detail::GeosContext geos;
    const MultiPolygon& alaska = projected(atlas, "AK").shape;
    const MultiPolygon& hawaii = projected(atlas, "HI").shape;
    CHECK_FALSE(intersects(geos, alaska, hawaii));

    REQUIRE(atlas.inset_frames.size() == 2);
    const Box& alaska_frame = atlas.inset_frames[0];
    const Box& hawaii_frame = atlas.inset_frames[1];
    CHECK(inside(projected(atlas, "AK").bounds, alaska_frame));
    CHECK(inside(projected(atlas, "HI").bounds, hawaii_frame));
    CHECK_FALSE(alaska_frame.intersects(hawaii_frame));
    for (const Box& frame : atlas.inset_frames) CHECK(inside(frame, atlas.bounds));

    for (const ProjectedState& s : atlas.states) {
        if (s.panel != Panel::Lower48) continue;
        INFO(s.name);
        CHECK_FALSE(intersects(geos, s.shape, alaska));
        CHECK_FALSE(intersects(geos, s.shape, hawaii));
        CHECK_FALSE(intersects(geos, s.shape, rectangle(alaska_frame)));
        CHECK_FALSE(intersects(geos, s.shape, rectangle(hawaii_frame)));
    }
}

TEST_CASE("Alaska is left of Hawaii, both below the middle of the lower 48") {
    const Atlas& atlas = bundled_atlas();
    std::vector<double> centre_y;
    for (const ProjectedState& s : atlas.states)
        if (s.panel == Panel::Lower48) centre_y.push_back(s.bounds.center().y);
    REQUIRE(centre_y.size() == 49);
    std::nth_element(centre_y.begin(), centre_y.begin() + 24, centre_y.end());
    const double median_y = centre_y[24];

    const Box& alaska = projected(atlas, "AK").bounds;
    const Box& hawaii = projected(atlas, "HI").bounds;
    CHECK(alaska.max_x < hawaii.min_x);
    CHECK(alaska.min_y > median_y);
    CHECK(hawaii.min_y > median_y);
    // Like d3: Alaska below California, Hawaii below Arizona / New Mexico.
    CHECK(alaska.min_y > projected(atlas, "CA").bounds.max_y);
    CHECK(hawaii.min_y > projected(atlas, "NM").bounds.max_y);
    CHECK(alaska.min_x < projected(atlas, "AZ").bounds.min_x);
}

TEST_CASE("the lower 48 keep equal areas and their shapes, Alaska is drawn at 0.35") {
    const Atlas& atlas = bundled_atlas();
    const detail::GeosContext geos;
    // Colorado: 269,837 km² (Census, land + water); the cartographic outline is close.
    CHECK(geos_area(geos, projected(atlas, "CO").shape) / 1e6 == Approx(269'837).epsilon(0.01));
    // Wyoming: 253,335 km².
    CHECK(geos_area(geos, projected(atlas, "WY").shape) / 1e6 == Approx(253'335).epsilon(0.01));

    // Colorado's corners: 7 degrees of longitude by 4 of latitude, ~1.33-1.40 wide/tall.
    const Vec2 nw = project_lower48({-109.05, 41.0}), ne = project_lower48({-102.05, 41.0});
    const Vec2 sw = project_lower48({-109.05, 37.0}), se = project_lower48({-102.05, 37.0});
    const double ratio = (distance(nw, ne) + distance(sw, se)) / (distance(nw, sw) + distance(ne, se));
    CHECK(ratio > 1.3);
    CHECK(ratio < 1.45);
    // The bounding box is squarer (~1.27): west of the central meridian (96 W) the conic
    // turns Colorado ~6 degrees, so its SW corner is the westmost and NW the highest point.
    const Box& co = projected(atlas, "CO").bounds;
    CHECK(co.width() / co.height() == Approx(1.27).margin(0.05));
    CHECK(co.min_x == Approx(sw.x).margin(20'000));
    CHECK(co.min_y == Approx(nw.y).margin(20'000));
    CHECK(co.max_x == Approx(ne.x).margin(20'000));
    CHECK(co.max_y == Approx(se.y).margin(20'000));

    // Alaska has 1,477,953 km² of land (Census); the shoreline-clipped outline keeps some
    // inland water. At a linear scale of 0.35 it covers 0.35² of that.
    CHECK(geos_area(geos, projected(atlas, "AK").shape) / 1e6 == Approx(1'477'953 * 0.35 * 0.35).epsilon(0.05));
}

TEST_CASE("territories get their own insets, clear of everything else") {
    medmap::geo::LoadOptions options;
    options.include_territories = true;
    const Atlas atlas = project_albers_usa(load_states(bundled_states_path(), options));
    REQUIRE(atlas.states.size() == 56);
    REQUIRE(atlas.inset_frames.size() == 5);
    const detail::GeosContext geos;
    for (std::size_t i = 0; i < atlas.inset_frames.size(); ++i) {
        CHECK(inside(atlas.inset_frames[i], atlas.bounds));
        for (std::size_t j = i + 1; j < atlas.inset_frames.size(); ++j)
            CHECK_FALSE(atlas.inset_frames[i].intersects(atlas.inset_frames[j]));
        for (const ProjectedState& s : atlas.states)
            if (s.panel == Panel::Lower48) CHECK_FALSE(intersects(geos, s.shape, rectangle(atlas.inset_frames[i])));
    }
    for (const ProjectedState& s : atlas.states) {
        if (s.panel == Panel::Lower48) continue;
        INFO(s.name);
        CHECK(std::any_of(atlas.inset_frames.begin(), atlas.inset_frames.end(),
                          [&](const Box& frame) { return inside(s.bounds, frame); }));
        if (s.usps == "PR") CHECK(s.panel == Panel::Other);
    }
    // Puerto Rico sits right of Hawaii.
    CHECK(projected(atlas, "PR").bounds.min_x > projected(atlas, "HI").bounds.max_x);
}
