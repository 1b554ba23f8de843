// How the window's figure is filled and anti-aliased: supersampled like the multisampled
// figure, and a state's triangles cover exactly what its rings cover.
#include "core/geo/detail_levels.hpp"
#include "gl_scene.hpp"

using namespace medmap;
using namespace gl_scene;

namespace {

geo::Box ink_bounds(const sf::Image& image, const geo::Box& box) {
    geo::Box ink;
    for (auto y = static_cast<unsigned>(box.min_y); y < static_cast<unsigned>(box.max_y); ++y)
        for (auto x = static_cast<unsigned>(box.min_x); x < static_cast<unsigned>(box.max_x); ++x)
            if (const sf::Color c = image.getPixel(x, y); c.r + c.g + c.b < 3 * 110) ink.include(geo::Vec2{double(x), double(y)});
    return ink;
}

}  // namespace

TEST_CASE("window: the supersampled figure has the multisampled one's colours, map and text in the same places") {
    figure::LayerSpec spec;
    spec.metric = data::MetricId::Growth;  // hatched no-data states: a stencil clip
    const Rendered msaa = render(spec), supersampled = render(spec, 2);
    for (const char* st : {"TX", "CA", "NY", "MT", "FL", "KS"}) {
        INFO(st);
        CHECK(pixel_inside(supersampled, st) == fill_of(supersampled, st));
    }
    // The map (fills, hatch inside its stencil clip, outlines, callouts): the two
    // anti-aliasing methods differ only along edges.
    const geo::Box& frame = msaa.layout.map_frame;
    long total = 0, pixels = 0, big = 0;
    for (auto y = static_cast<unsigned>(frame.min_y); y < static_cast<unsigned>(frame.max_y); ++y)
        for (auto x = static_cast<unsigned>(frame.min_x); x < static_cast<unsigned>(frame.max_x); ++x) {
            const sf::Color a = msaa.image.getPixel(x, y), b = supersampled.image.getPixel(x, y);
            const int d = std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b);
            total += d;
            big += d > 3 * 64;
            ++pixels;
        }
    CHECK(static_cast<double>(total) / (static_cast<double>(pixels) * 3 * 255) < 0.005);
    CHECK(big < pixels / 100);  // edge pixels: under 1%
    // The title from glyphs rendered at the device size: where the 1x title is, as wide
    // to within 2% (hinting rounds 1x and 2x advances differently).
    const geo::Box title{0, msaa.layout.title.top_left.y, 1280, msaa.layout.title.top_left.y + msaa.layout.title.size_px * 1.3};
    const geo::Box a = ink_bounds(msaa.image, title), b = ink_bounds(supersampled.image, title);
    REQUIRE_FALSE(a.empty());
    REQUIRE_FALSE(b.empty());
    CHECK(std::abs(a.min_x - b.min_x) <= 1);
    CHECK(std::abs(a.min_y - b.min_y) <= 1);
    CHECK(std::abs(a.max_y - b.max_y) <= 1);
    CHECK(std::abs(a.width() - b.width()) <= 0.02 * a.width());
}

TEST_CASE("window: a path's triangles fill the same pixels as its rings through the stencil") {
    auto& s = scene();
    geo::Atlas atlas = s.map.atlas;
    geo::add_detail_levels(atlas);
    REQUIRE_FALSE(atlas.levels.empty());
    const geo::DetailLevel& level = atlas.levels.back();
    const auto tx = index_of(s.map, "TX");
    // Texas, 600 px tall, in the middle of an 800x800 surface.
    const geo::Box b = atlas.states[tx].bounds;
    const double scale = 600.0 / b.height();
    auto px = [&](geo::Vec2 p) { return geo::Vec2{100 + (p.x - b.min_x) * scale, 100 + (p.y - b.min_y) * scale}; };
    figure::PixelPath rings, triangles;
    for (const geo::Polygon& polygon : level.shapes[tx]) {
        for (const geo::Ring* r = &polygon.outer; r; r = nullptr) {
            geo::Ring& out = rings.rings.emplace_back();
            for (const geo::Vec2& p : *r) out.push_back(px(p));
        }
        for (const geo::Ring& hole : polygon.holes) {
            geo::Ring& out = rings.rings.emplace_back();
            for (const geo::Vec2& p : hole) out.push_back(px(p));
        }
    }
    triangles.rings = rings.rings;
    for (const geo::Vec2& p : level.triangles[tx]) triangles.triangles.push_back(px(p));
    REQUIRE_FALSE(triangles.triangles.empty());

    auto draw = [&](const figure::PixelPath& path) {
        sf::RenderTexture target;
        REQUIRE(target.create(800, 800, sf::ContextSettings(0, 8, std::min(4u, sf::RenderTexture::getMaximumAntialiasingLevel()))));
        target.clear(sf::Color::White);
        {
            window::SfmlTarget t(target, s.fonts);
            t.fill_path(path, {200, 40, 40, 255}, {});
        }
        target.display();
        return target.getTexture().copyToImage();
    };
    const sf::Image by_rings = draw(rings), by_triangles = draw(triangles);
    int inside = 0, differ = 0;
    for (unsigned y = 0; y < 800; ++y)
        for (unsigned x = 0; x < 800; ++x) {
            inside += by_rings.getPixel(x, y) != sf::Color::White;
            differ += by_rings.getPixel(x, y) != by_triangles.getPixel(x, y);
        }
    CHECK(inside > 100000);
    // Both rasterise the same polygon's samples; at most a few edge pixels may round differently.
    CHECK(differ <= inside / 1000);
}
