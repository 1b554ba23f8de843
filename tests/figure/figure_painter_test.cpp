// The painter hands a state's fill to its target with the level's triangles when the atlas
// has levels: the same area as the rings (so a GPU target may fill either), in the same
// canvas pixels; never for the full outline, which has no triangles.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/figure/draw_target.hpp"
#include "core/figure/figure_painter.hpp"
#include "core/figure/layout.hpp"
#include "core/geo/detail_levels.hpp"
#include "figure_test_support.hpp"

using namespace medmap;

namespace {

// Keeps the state fills' paths; ignores everything else.
class StateFills final : public figure::DrawTarget {
public:
    std::vector<figure::PixelPath> paths;

    void fill_path(const figure::PixelPath& path, figure::Rgba, const figure::ShapeTags& tags) override {
        if (tags.id.rfind("state-", 0) == 0) paths.push_back(path);
    }
    void fill_rect(const geo::Box&, figure::Rgba, const figure::ShapeTags&) override {}
    void stroke_rect(const geo::Box&, figure::Rgba, double) override {}
    void stroke_path(const figure::PixelPath&, figure::Rgba, double) override {}
    void stroke_segments(const std::vector<figure::Segment>&, figure::Rgba, double) override {}
    void stroke_lines_within(const figure::PixelPath&, const std::vector<figure::Segment>&, figure::Rgba,
                             double) override {}
    void text(const figure::TextSlot&, std::string_view, figure::Rgba, figure::FontWeight) override {}
    void push_clip(const geo::Box&) override {}
    void pop_clip() override {}
};

double triangles_area(const std::vector<geo::Vec2>& t) {
    double area = 0;
    for (std::size_t i = 0; i + 2 < t.size(); i += 3)
        area += std::abs((t[i + 1].x - t[i].x) * (t[i + 2].y - t[i].y) - (t[i + 2].x - t[i].x) * (t[i + 1].y - t[i].y)) / 2;
    return area;
}

// Even-odd area of the rings: outer rings minus holes, whatever their orientation.
double rings_area(const figure::PixelPath& path, const geo::MultiPolygon& shape) {
    double area = 0;
    std::size_t ring = 0;
    auto shoelace = [](const geo::Ring& r) {
        double a = 0;
        for (std::size_t i = 0; i < r.size(); ++i) {
            const auto& p = r[i];
            const auto& q = r[(i + 1) % r.size()];
            a += p.x * q.y - q.x * p.y;
        }
        return std::abs(a) / 2;
    };
    for (const geo::Polygon& polygon : shape) {
        area += shoelace(path.rings[ring++]);
        for (std::size_t h = 0; h < polygon.holes.size(); ++h) area -= shoelace(path.rings[ring++]);
    }
    return area;
}

StateFills paint(const geo::Atlas& atlas, const figure::MapDetail& detail) {
    const figure::Figure fig = figure::build_figure(figure_test::dataset(), atlas, {});
    const figure::FigureLayout layout = figure::layout_figure(fig, atlas, {0, 0, 1280, 800});
    StateFills fills;
    figure::paint_figure(fills, fig, atlas, layout, detail);
    return fills;
}

}  // namespace

TEST_CASE("state fills carry their level's triangles, covering the same pixels as their rings") {
    geo::Atlas atlas = figure_test::atlas();
    geo::add_detail_levels(atlas);
    REQUIRE_FALSE(atlas.levels.empty());
    const StateFills fills = paint(atlas, {});
    REQUIRE(fills.paths.size() == atlas.states.size());
    const figure::FigureLayout layout =
        figure::layout_figure(figure::build_figure(figure_test::dataset(), atlas, {}), atlas, {0, 0, 1280, 800});
    const double pixel = 1.0 / layout.view.scale;
    for (std::size_t i = 0; i < fills.paths.size(); ++i) {
        const figure::PixelPath& path = fills.paths[i];
        INFO(atlas.states[i].usps);
        REQUIRE_FALSE(path.triangles.empty());
        CHECK(path.triangles.size() % 3 == 0);
        const double rings = rings_area(path, geo::shape_for_pixel(atlas, i, pixel));
        // Rings drop vertices under a tenth of a pixel apart; triangles keep them all.
        CHECK(triangles_area(path.triangles) == Approx(rings).epsilon(0.01));
    }
}

TEST_CASE("the full outline and an atlas without levels fill with rings only") {
    geo::Atlas atlas = figure_test::atlas();
    for (const auto& path : paint(atlas, {}).paths) CHECK(path.triangles.empty());
    geo::add_detail_levels(atlas);
    figure::MapDetail full;
    full.full = true;
    for (const auto& path : paint(atlas, full).paths) CHECK(path.triangles.empty());
}

TEST_CASE("an overlay's opaque areas are its opaque boxes inside its clip") {
    figure::Overlay o;
    o.boxes.push_back({{10, 10, 110, 60}, {240, 240, 240, 255}, {0, 0, 0, 255}, 1});
    o.boxes.push_back({{0, 0, 300, 300}, {0, 0, 0, 128}, {}, 0});  // translucent: what is under shows
    o.boxes.push_back({{200, 10, 220, 30}, {1, 2, 3, 255}, {}, 0});
    auto areas = o.opaque_areas();
    REQUIRE(areas.size() == 2);
    CHECK(areas[0].min_x == 10);
    CHECK(areas[0].max_y == 60);
    CHECK(areas[1].min_x == 200);

    o.clip = geo::Box{50, 20, 150, 200};  // a scrolled overlay: only inside the clip
    areas = o.opaque_areas();
    REQUIRE(areas.size() == 1);  // the third box lies outside the clip
    CHECK(areas[0].min_x == 50);
    CHECK(areas[0].min_y == 20);
    CHECK(areas[0].max_x == 110);
    CHECK(areas[0].max_y == 60);
}
