#include <catch2/catch.hpp>
#include <cmath>

#include "core/geo/albers_usa.hpp"
#include "core/geo/picker.hpp"
#include "core/geo/pole_of_inaccessibility.hpp"
#include "core/geo/state_loader.hpp"

using namespace medmap::geo;

TEST_CASE("the pole of a square is its centre, half a side from the edges") {
    MultiPolygon square{{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {}}};
    auto p = pole_of_inaccessibility(square, 0.01);
    CHECK(p.center.x == Approx(5).margin(0.05));
    CHECK(p.center.y == Approx(5).margin(0.05));
    CHECK(p.clearance == Approx(5).margin(0.05));
}

TEST_CASE("a hole pushes the pole away, and the largest part of a multipolygon wins") {
    MultiPolygon with_hole{{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{{3, 3}, {7, 3}, {7, 7}, {3, 7}}}},
                           {{{20, 0}, {21, 0}, {21, 1}, {20, 1}}, {}}};
    auto p = pole_of_inaccessibility(with_hole, 0.01);
    CHECK(p.center.x < 10);  // not the small square
    CHECK_FALSE((p.center.x > 3 && p.center.x < 7 && p.center.y > 3 && p.center.y < 7));
    // Best circle: in a corner, touching two outer edges and the hole's corner:
    // x = sqrt(2) * (3 - x), so x = 3 sqrt(2) / (1 + sqrt(2)).
    CHECK(p.clearance == Approx(3 * std::sqrt(2.0) / (1 + std::sqrt(2.0))).margin(0.05));
}

TEST_CASE("every state's pole lies inside that state, by picking") {
    auto atlas = project_albers_usa(load_states(MEDMAP_SOURCE_DIR "/geodata/us_states.shp"));
    Picker picker(atlas);
    for (std::size_t i = 0; i < atlas.states.size(); ++i) {
        auto p = pole_of_inaccessibility(atlas.states[i].shape, 100.0);
        INFO(atlas.states[i].usps);
        CHECK(p.clearance > 0);
        CHECK(picker.pick(p.center) == i);
    }
}
