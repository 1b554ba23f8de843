// The map's projected state shapes are a function of the view alone: the cache hands back
// what projecting afresh gives, and projects once per distinct view.
#include <catch2/catch.hpp>

#include "core/figure/figure_painter.hpp"
#include "core/figure/map_paths.hpp"
#include "core/figure/path_identity.hpp"
#include "core/geo/detail_levels.hpp"
#include "figure_test_support.hpp"

using namespace medmap;

namespace {

figure::MapPathsKey key_for(double scale) {
    figure::MapPathsKey key;
    key.view.scale = scale;
    key.view.offset = {550, 360};
    key.map_units_per_pixel = 1 / scale;
    key.clip = {0, 0, 1100, 720};
    return key;
}

bool same_rings(const figure::PixelPath& a, const figure::PixelPath& b) {
    if (a.rings.size() != b.rings.size()) return false;
    for (std::size_t r = 0; r < a.rings.size(); ++r) {
        if (a.rings[r].size() != b.rings[r].size()) return false;
        for (std::size_t k = 0; k < a.rings[r].size(); ++k)
            if (a.rings[r][k].x != b.rings[r][k].x || a.rings[r][k].y != b.rings[r][k].y) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("project_map: each state as state_pixels draws it, the outlines all their rings in order") {
    const auto& atlas = figure_test::atlas();
    const auto key = key_for(2e-4);
    const figure::MapPaths map = figure::project_map(atlas, key);
    REQUIRE(map.states.size() == atlas.states.size());
    std::size_t rings = 0;
    for (std::size_t i = 0; i < atlas.states.size(); ++i) {
        INFO(atlas.states[i].usps);
        const auto expected = figure::state_pixels(geo::shape_for_pixel(atlas, i, key.map_units_per_pixel), key.view);
        if (map.states[i].empty()) continue;  // outside the clip
        CHECK(same_rings(map.states[i], expected));
        for (std::size_t r = 0; r < map.states[i].rings.size(); ++r)
            CHECK(same_rings({{map.states[i].rings[r]}, {}, 0, {}}, {{map.outlines.rings[rings + r]}, {}, 0, {}}));
        rings += map.states[i].rings.size();
        CHECK(map.bounds[i].contains(map.states[i].rings.front().front()));
    }
    CHECK(rings == map.outlines.rings.size());
    CHECK(rings > 0);
}

TEST_CASE("project_map: each path carries its identity, the outlines their states' in order") {
    const auto& atlas = figure_test::atlas();
    const figure::MapPaths map = figure::project_map(atlas, key_for(2e-4));
    std::vector<std::uint64_t> parts;
    for (const figure::PixelPath& state : map.states) {
        if (state.empty()) continue;
        CHECK(state.identity == figure::path_identity(state));
        parts.push_back(state.identity);
    }
    CHECK(map.outlines.part_identities == parts);
    CHECK(map.outlines.identity == figure::path_identity(map.outlines));
}

TEST_CASE("MapPathsCache: one projection per distinct view, equal to projecting afresh") {
    const auto& atlas = figure_test::atlas();
    figure::MapPathsCache cache;
    const figure::MapPaths& first = cache.get(atlas, key_for(2e-4));
    CHECK(&cache.get(atlas, key_for(2e-4)) == &first);
    CHECK(cache.size() == 1);
    const figure::MapPaths& other = cache.get(atlas, key_for(1e-4));
    CHECK(cache.size() == 2);
    const figure::MapPaths fresh = figure::project_map(atlas, key_for(1e-4));
    REQUIRE(other.states.size() == fresh.states.size());
    for (std::size_t i = 0; i < fresh.states.size(); ++i) CHECK(same_rings(other.states[i], fresh.states[i]));
    // A clip that leaves states out is part of the key.
    auto clipped = key_for(2e-4);
    clipped.clip = {0, 0, 10, 10};
    CHECK(cache.get(atlas, clipped).outlines.rings.size() < first.outlines.rings.size());
    CHECK(cache.size() == 3);
}
