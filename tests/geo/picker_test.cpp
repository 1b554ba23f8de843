#include <catch2/catch.hpp>

#include "core/geo/geos_support.hpp"
#include "core/geo/picker.hpp"
#include "geo_test_support.hpp"

using namespace medmap::geo;
using namespace medmap::geo::test;

namespace {

Vec2 point_on_surface(const detail::GeosContext& geos, const MultiPolygon& shape) {
    const auto geometry = detail::to_geos(geos, shape);
    const auto point = detail::adopt(geos, GEOSPointOnSurface_r(geos.handle(), geometry.get()), "point on surface");
    Vec2 p;
    GEOSGeomGetX_r(geos.handle(), point.get(), &p.x);
    GEOSGeomGetY_r(geos.handle(), point.get(), &p.y);
    return p;
}

}  // namespace

TEST_CASE("an interior point of every state picks exactly that state") {
    const Atlas& atlas = bundled_atlas();
    const Picker picker(atlas);
    const detail::GeosContext geos;
    REQUIRE(atlas.states.size() == 51);
    for (std::size_t i = 0; i < atlas.states.size(); ++i) {
        INFO(atlas.states[i].name);
        const std::optional<std::size_t> picked = picker.pick(point_on_surface(geos, atlas.states[i].shape));
        REQUIRE(picked);
        CHECK(*picked == i);
    }
}

TEST_CASE("water and the space between insets pick nothing") {
    const Atlas& atlas = bundled_atlas();
    const Picker picker(atlas);
    CHECK_FALSE(picker.pick(project_lower48({-87.0, 44.0})));  // Lake Michigan
    CHECK_FALSE(picker.pick(project_lower48({-90.0, 26.0})));  // Gulf of Mexico
    CHECK_FALSE(picker.pick(project_lower48({-70.0, 35.0})));  // Atlantic
    CHECK_FALSE(picker.pick({atlas.bounds.max_x + 1e5, atlas.bounds.min_y}));  // off the map

    REQUIRE(atlas.inset_frames.size() == 2);
    const Box& alaska = atlas.inset_frames[0];
    const Box& hawaii = atlas.inset_frames[1];
    REQUIRE(alaska.max_x < hawaii.min_x);
    CHECK_FALSE(picker.pick({(alaska.max_x + hawaii.min_x) / 2, hawaii.center().y}));

    // The same places on land do pick their state, so the checks above can fail.
    CHECK(picker.pick(project_lower48({-89.4, 43.07})) == 49u);  // Madison, Wisconsin (index 49 of 51)
    CHECK(atlas.states[49].usps == "WI");
}

TEST_CASE("a moved picker still picks, an empty atlas picks nothing") {
    const Atlas& atlas = bundled_atlas();
    Picker first(atlas);
    Picker second(std::move(first));
    CHECK(second.pick(project_lower48({-105.0, 39.0})) == std::optional<std::size_t>(5));  // Colorado
    CHECK(atlas.states[5].usps == "CO");
    CHECK_FALSE(Picker(Atlas{}).pick({0, 0}));
}

TEST_CASE("territories in their insets are picked too") {
    LoadOptions options;
    options.include_territories = true;
    const Atlas atlas = project_albers_usa(load_states(bundled_states_path(), options));
    const Picker picker(atlas);
    const detail::GeosContext geos;
    for (std::size_t i = 0; i < atlas.states.size(); ++i) {
        INFO(atlas.states[i].name);
        CHECK(picker.pick(point_on_surface(geos, atlas.states[i].shape)) == std::optional<std::size_t>(i));
    }
}
