// Picking from the coarsest level, with the full geometry asked only near borders,
// answers exactly as the full geometry at 10,000 random points.
#include <catch2/catch.hpp>

#include <random>

#include "core/geo/coarse_first_picker.hpp"
#include "lod_test_support.hpp"

using namespace medmap::geo;
using namespace medmap::geo::test;

namespace {

void check_same_answers(const Atlas& atlas) {
    const Picker full(atlas);
    const CoarseFirstPicker coarse(atlas, full);
    std::mt19937_64 random(20261130);
    std::uniform_real_distribution<double> x(atlas.bounds.min_x, atlas.bounds.max_x);
    std::uniform_real_distribution<double> y(atlas.bounds.min_y, atlas.bounds.max_y);
    int differences = 0, hits = 0;
    for (int i = 0; i < 10000; ++i) {
        const Vec2 p{x(random), y(random)};
        const auto expected = full.pick(p);
        if (expected) ++hits;
        if (coarse.pick(p) != expected) ++differences;
    }
    INFO(hits << " of 10000 points in a state; the full geometry answered " << coarse.full_picks());
    CHECK(differences == 0);
    CHECK(hits > 3000);                       // the points do land on states
    CHECK(coarse.full_picks() < 10000 / 4);   // and most never needed the full geometry
}

}  // namespace

TEST_CASE("coarse-first picking matches full detail at 10,000 random points (bundled states)") {
    check_same_answers(bundled_atlas_with_levels());
}

TEST_CASE("coarse-first picking matches full detail at 10,000 random points (densified states)") {
    check_same_answers(densified_atlas_with_levels());
}

TEST_CASE("coarse-first picking without levels asks the full geometry every time") {
    const Picker full(bundled_atlas());
    const CoarseFirstPicker coarse(bundled_atlas(), full);
    const Vec2 center = projected(bundled_atlas(), "KS").bounds.center();
    CHECK(coarse.pick(center) == full.pick(center));
    CHECK(coarse.full_picks() == 1);
}
