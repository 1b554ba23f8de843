#include <catch2/catch.hpp>

#include "core/geo/albers_usa.hpp"
#include "core/geo/picker.hpp"
#include "core/geo/state_loader.hpp"
#include "core/geo/triangulate.hpp"
#include "geo_test_support.hpp"

using namespace medmap::geo;

// Uncached on purpose: run with `--durations yes` to see what start-up costs.
TEST_CASE("load, project, triangulate and index the 51 states from scratch") {
    const std::vector<StateShape> states = load_states(test::bundled_states_path());
    const Atlas atlas = project_albers_usa(states);
    std::size_t triangles = 0;
    for (const ProjectedState& state : atlas.states) triangles += triangulate(state.shape).size() / 3;
    const Picker picker(atlas);
    CHECK(atlas.states.size() == 51);
    CHECK(triangles > 10'000);
    CHECK(picker.pick(test::project_lower48({-98.5, 39.5})).has_value());  // Kansas
}
