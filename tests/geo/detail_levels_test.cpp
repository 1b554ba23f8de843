// Levels of detail: each level keeps every state valid, and neighbours still tile the
// map (no overlaps, no gaps), on the bundled and on densified geometry.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/geo/detail_levels.hpp"
#include "core/geo/geos_support.hpp"
#include "lod_test_support.hpp"

using namespace medmap::geo;
using namespace medmap::geo::test;

namespace {

std::size_t vertices(const std::vector<MultiPolygon>& shapes) {
    std::size_t n = 0;
    for (const auto& shape : shapes)
        for (const Polygon& p : shape) {
            n += p.outer.size();
            for (const Ring& h : p.holes) n += h.size();
        }
    return n;
}

struct CoverageFacts {
    double sum_of_areas = 0;  // states one by one
    double union_area = 0;    // all states merged
    double union_hole_area = 0;  // enclosed by the union but in no state: gaps (and real lakes)
    int invalid_states = 0;
};

CoverageFacts coverage_facts(const std::vector<MultiPolygon>& shapes) {
    detail::GeosContext geos;
    const GEOSContextHandle_t h = geos.handle();
    CoverageFacts facts;
    std::vector<detail::GeosGeometry> parts;
    for (const MultiPolygon& shape : shapes) {
        detail::GeosGeometry g = detail::to_geos(geos, shape);
        if (GEOSisValid_r(h, g.get()) != 1) ++facts.invalid_states;
        double area = 0;
        GEOSArea_r(h, g.get(), &area);
        facts.sum_of_areas += area;
        parts.push_back(std::move(g));
    }
    std::vector<GEOSGeometry*> raw;
    for (auto& p : parts) raw.push_back(p.get());
    detail::GeosGeometry all = detail::adopt(
        geos, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, raw.data(), static_cast<unsigned>(raw.size())),
        "collection");
    for (auto& p : parts) (void)p.release();
    detail::GeosGeometry merged = detail::adopt(geos, GEOSUnaryUnion_r(h, all.get()), "union");
    GEOSArea_r(h, merged.get(), &facts.union_area);
    for (const Polygon& p : detail::polygons_from_geos(geos, merged.get()))
        for (const Ring& hole : p.holes) {
            double a = 0;
            for (std::size_t i = 0, j = hole.size() - 1; i < hole.size(); j = i++)
                a += (hole[j].x + hole[i].x) * (hole[j].y - hole[i].y);
            facts.union_hole_area += std::abs(a) / 2;
        }
    return facts;
}

std::vector<MultiPolygon> full_shapes(const Atlas& atlas) {
    std::vector<MultiPolygon> shapes;
    for (const auto& s : atlas.states) shapes.push_back(s.shape);
    return shapes;
}

void check_levels_tile_the_map(const Atlas& atlas) {
    const CoverageFacts full = coverage_facts(full_shapes(atlas));
    INFO("full: sum " << full.sum_of_areas << " m2, union " << full.union_area << " m2, holes "
                      << full.union_hole_area << " m2, " << vertices(full_shapes(atlas)) << " vertices");
    REQUIRE(atlas.levels.size() == 5);
    double previous_tolerance = INFINITY;
    for (const DetailLevel& level : atlas.levels) {
        REQUIRE(level.shapes.size() == atlas.states.size());
        CHECK(level.tolerance < previous_tolerance);
        previous_tolerance = level.tolerance;
        const CoverageFacts facts = coverage_facts(level.shapes);
        INFO("level " << level.tolerance << " m: sum " << facts.sum_of_areas << ", union " << facts.union_area
                      << ", holes " << facts.union_hole_area << ", " << vertices(level.shapes) << " vertices");
        CHECK(facts.invalid_states == 0);
        for (std::size_t i = 0; i < atlas.states.size(); ++i) CHECK_FALSE(level.shapes[i].empty());
        // No overlaps: what the states cover together is what they cover one by one, to
        // within what the full geometry itself overlaps (input rounding) plus 1 m2.
        const double full_overlap = full.sum_of_areas - full.union_area;
        CHECK(facts.sum_of_areas - facts.union_area <= full_overlap + 1.0);
        // No gaps: a sliver between neighbours would be a hole in the union. The union's
        // holes are the real ones (lakes enclosed by states), simplified.
        CHECK(facts.union_hole_area <= full.union_hole_area * 1.05 + 1.0);
        // Simplifying moves each border by at most the tolerance: the area of the whole
        // map changes by far less than a percent.
        CHECK(std::abs(facts.union_area - full.union_area) < 0.005 * full.union_area);
        CHECK(vertices(level.shapes) < vertices(full_shapes(atlas)));
    }
}

}  // namespace

TEST_CASE("levels of detail keep every bundled state valid, with no gaps or overlaps") {
    check_levels_tile_the_map(bundled_atlas_with_levels());
}

TEST_CASE("levels of detail keep every densified state valid, with no gaps or overlaps") {
    check_levels_tile_the_map(densified_atlas_with_levels());
}

TEST_CASE("the level drawn is the coarsest within a quarter of a device pixel") {
    const Atlas& atlas = bundled_atlas_with_levels();
    const auto& levels = atlas.levels;
    // A huge pixel: the coarsest level; a tiny one (deep zoom): the full outline.
    CHECK(level_for_pixel(atlas, 1e9) == &levels.front());
    CHECK(level_for_pixel(atlas, 1e-3) == nullptr);
    CHECK(&shape_for_pixel(atlas, 0, 1e-3) == &atlas.states[0].shape);
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const double pixel = levels[i].tolerance / kInvisiblePixels;
        CHECK(level_for_pixel(atlas, pixel) == &levels[i]);
        CHECK(&shape_for_pixel(atlas, 3, pixel) == &levels[i].shapes[3]);
        // A pixel slightly smaller needs the next, finer level (or the full outline).
        const DetailLevel* finer = i + 1 < levels.size() ? &levels[i + 1] : nullptr;
        CHECK(level_for_pixel(atlas, pixel * 0.99) == finer);
    }
    // An atlas without levels (built in a test) draws its full shapes.
    CHECK(level_for_pixel(bundled_atlas(), 1e9) == nullptr);
}

TEST_CASE("a level's triangles come with its shapes, and the full outline has none") {
    const Atlas& atlas = bundled_atlas_with_levels();
    CHECK(triangles_for_pixel(atlas, 0, 1e-3) == nullptr);
    for (std::size_t i = 0; i < atlas.levels.size(); ++i) {
        const double pixel = atlas.levels[i].tolerance / kInvisiblePixels;
        CHECK(triangles_for_pixel(atlas, 3, pixel) == &atlas.levels[i].triangles[3]);
    }
    CHECK(triangles_for_pixel(bundled_atlas(), 0, 1e9) == nullptr);
}
