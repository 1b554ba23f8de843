// The SFML target draws what the core's one painter passes it: rendered offscreen, the
// pixels well inside states, in callout boxes, under labels and along the gradient legend
// are exactly the colours the core's figure decided.
#include <catch2/catch.hpp>
#include <SFML/Graphics.hpp>
#include <cstdlib>

#include "core/data/dataset.hpp"
#include "core/figure/figure.hpp"
#include "core/figure/figure_painter.hpp"
#include "core/figure/layout.hpp"
#include "core/geo/albers_usa.hpp"
#include "core/geo/detail_levels.hpp"
#include "core/geo/map_model.hpp"
#include "core/geo/pole_of_inaccessibility.hpp"
#include "window/sfml_target.hpp"
#include "window/text.hpp"

using namespace medmap;

namespace {

struct Scene {
    data::Dataset dataset = data::load_dataset(MEDMAP_SOURCE_DIR "/stats/medmap-stats.json");
    geo::MapModel map = geo::MapModel::from_atlas(
        geo::project_albers_usa(geo::load_states(MEDMAP_SOURCE_DIR "/geodata/us_states.shp")));
    window::Fonts fonts = window::Fonts::load();
};

Scene& scene() {
    // SFML aborts without a display; say why instead.
    if (const char* d = std::getenv("DISPLAY"); !d || !*d) FAIL("needs an X display: run under xvfb-run -a");
    static Scene s;
    return s;
}

std::size_t index_of(const geo::MapModel& map, const std::string& usps) {
    const auto& states = map.atlas.states;
    for (std::size_t i = 0; i < states.size(); ++i)
        if (states[i].usps == usps) return i;
    FAIL("no state " << usps);
    return 0;
}

struct Rendered {
    sf::Image image;
    figure::Figure figure;
    figure::FigureLayout layout;
};

// Multisampled with a stencil buffer (`supersample` 1), or as the window draws its cached
// figure: at `supersample` times the size through a scaled view, then averaged down.
Rendered render(const figure::LayerSpec& spec, unsigned supersample = 1) {
    auto& s = scene();
    Rendered r;
    r.figure = figure::build_figure(s.dataset, s.map.atlas, spec);
    r.layout = figure::layout_figure(r.figure, s.map.atlas, {0, 0, 1280, 800}, 1.0, window::measure_with(s.fonts));
    const unsigned msaa = supersample > 1 ? 0 : std::min(4u, sf::RenderTexture::getMaximumAntialiasingLevel());
    sf::RenderTexture target;
    REQUIRE(target.create(1280 * supersample, 800 * supersample, sf::ContextSettings(0, 8, msaa)));
    target.setView(sf::View(sf::FloatRect(0, 0, 1280, 800)));
    target.clear();
    {
        window::SfmlTarget draw(target, s.fonts);
        figure::paint_figure(draw, r.figure, s.map.atlas, r.layout);
    }
    target.display();
    target.setSmooth(true);
    sf::RenderTexture down;
    REQUIRE(down.create(1280, 800));
    sf::Sprite whole(target.getTexture());
    whole.setScale(1.0f / static_cast<float>(supersample), 1.0f / static_cast<float>(supersample));
    down.draw(whole, sf::RenderStates(sf::BlendNone));
    down.display();
    r.image = down.getTexture().copyToImage();
    return r;
}

sf::Color pixel_inside(const Rendered& r, const std::string& usps) {
    auto& s = scene();
    const auto i = index_of(s.map, usps);
    auto pole = geo::pole_of_inaccessibility(s.map.atlas.states[i].shape, 100.0);
    REQUIRE(pole.clearance * r.layout.view.scale > 4.0);  // well inside: MSAA edges are further away
    auto p = r.layout.view.to_screen(pole.center);
    return r.image.getPixel(static_cast<unsigned>(p.x), static_cast<unsigned>(p.y));
}

sf::Color fill_of(const Rendered& r, const std::string& usps) {
    return window::to_sf(r.figure.states[index_of(scene().map, usps)].fill);
}

geo::Box pixels_of(const geo::Box& b, const geo::ViewTransform& v) {
    geo::Box px;
    px.include(v.to_screen({b.min_x, b.min_y}));
    px.include(v.to_screen({b.max_x, b.max_y}));
    return px;
}

sf::Color at(const sf::Image& image, double x, double y) {
    return image.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y));
}

// Antialiased glyphs at 10 px have few pixels of exactly the text colour.
bool near(sf::Color a, sf::Color b, int tolerance) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance && std::abs(a.b - b.b) <= tolerance;
}

}  // namespace

TEST_CASE("pixels well inside states have exactly the core's classified colours") {
    figure::LayerSpec emt;  // EMTs, median wage, default year
    auto first = render(emt);
    for (const char* st : {"TX", "CA", "NY", "MT", "FL", "KS", "AK", "HI", "OR"}) {
        INFO(st);
        CHECK(pixel_inside(first, st) == fill_of(first, st));
    }
    // Classes differ between these states, so the check would catch a wrong lookup.
    CHECK(fill_of(first, "NY") != fill_of(first, "MT"));

    SECTION("switching layer changes the pixels to the new layer's colours") {
        figure::LayerSpec dental;
        dental.specialty = "dental-hygiene";
        dental.metric = data::MetricId::Employment;
        auto second = render(dental);
        int changed = 0;
        for (const char* st : {"TX", "CA", "NY", "MT", "FL", "KS", "AK", "HI", "OR"}) {
            INFO(st);
            CHECK(pixel_inside(second, st) == fill_of(second, st));
            changed += pixel_inside(second, st) != pixel_inside(first, st);
        }
        CHECK(changed >= 5);
    }
}

TEST_CASE("a state without data is drawn with the no-data fill and hatch, never a class colour") {
    auto& s = scene();
    figure::LayerSpec growth;
    growth.metric = data::MetricId::Growth;
    auto r = render(growth);
    const auto mi = index_of(s.map, "MI");
    REQUIRE(r.figure.states[mi].no_data());
    // Sample a small patch: it holds both hatch and background no-data colours.
    auto pole = geo::pole_of_inaccessibility(s.map.atlas.states[mi].shape, 100.0);
    auto c = r.layout.view.to_screen(pole.center);
    bool saw_fill = false, saw_hatch = false;
    for (int dx = -6; dx <= 6; ++dx) {
        auto px = r.image.getPixel(static_cast<unsigned>(c.x + dx), static_cast<unsigned>(c.y));
        saw_fill |= px == window::to_sf(r.figure.colors.no_data);
        saw_hatch |= px == window::to_sf(r.figure.colors.no_data_hatch);
        for (const auto& entry : r.figure.legend.entries)
            if (!entry.no_data) CHECK(px != window::to_sf(entry.fill));
    }
    CHECK(saw_fill);
    CHECK(saw_hatch);
}

TEST_CASE("window: each callout box is its state's fill, or the no-data fill and hatch") {
    figure::LayerSpec spec;
    spec.specialty = "mri";  // DC and VT have no growth projection
    spec.metric = data::MetricId::Growth;
    const auto r = render(spec);
    REQUIRE(r.figure.callouts.size() == 9);
    int hatched = 0;
    for (const auto& c : r.figure.callouts) {
        const auto& style = r.figure.states[c.state];
        const geo::Box box = pixels_of(c.box, r.layout.view);
        INFO(scene().map.atlas.states[c.state].usps);
        if (!style.no_data()) {
            CHECK(at(r.image, box.min_x + 3, box.min_y + 3) == window::to_sf(style.fill));
            continue;
        }
        ++hatched;
        bool fill = false, hatch = false;
        for (double x = box.min_x + 2; x < box.max_x - 2; ++x) {
            fill |= at(r.image, x, box.min_y + 3) == window::to_sf(r.figure.colors.no_data);
            hatch |= at(r.image, x, box.min_y + 3) == window::to_sf(r.figure.colors.no_data_hatch);
        }
        CHECK(fill);
        CHECK(hatch);
    }
    CHECK(hatched == 2);
}

TEST_CASE("window: labels put ink of their colour where the core placed them") {
    figure::LayerSpec spec;
    spec.labels = true;
    const auto with = render(spec);
    spec.labels = false;
    const auto without = render(spec);
    const auto& labels = with.layout.labels;
    int checked = 0;
    for (const auto& l : labels) {
        if (l.in_callout) continue;
        int ink = 0, ink_without = 0;
        for (double y = l.centre.y - l.slot.size_px * 0.3; y <= l.centre.y + l.slot.size_px * 0.3; ++y)
            for (double x = l.slot.top_left.x; x <= l.centre.x + (l.centre.x - l.slot.top_left.x); ++x) {
                ink += near(at(with.image, x, y), window::to_sf(l.color), 60);
                ink_without += near(at(without.image, x, y), window::to_sf(l.color), 60);
            }
        INFO(l.text);
        CHECK(ink > 4);
        CHECK(ink_without < ink);
        ++checked;
    }
    CHECK(checked >= 35);
}

TEST_CASE("window: the unclassed legend is a continuous bar of the ramp's colours") {
    figure::LayerSpec spec;
    spec.method = figure::ClassMethod::Unclassed;
    const auto r = render(spec);
    REQUIRE(r.figure.legend.gradient);
    REQUIRE(r.layout.legend_gradient);
    const auto& bar = r.layout.legend_gradient->bar;
    const auto& colors = r.figure.legend.gradient->colors;
    for (std::size_t i = 2; i + 2 < colors.size(); i += 6) {
        const double x = bar.min_x + bar.width() * (static_cast<double>(i) + 0.5) / static_cast<double>(colors.size());
        INFO("slice " << i);
        CHECK(at(r.image, x, bar.center().y) == window::to_sf(colors[i]));
    }
}

// Where the ink darker than mid-grey lies inside `box` (empty: none).
geo::Box ink_bounds(const sf::Image& image, const geo::Box& box) {
    geo::Box ink;
    for (auto y = static_cast<unsigned>(box.min_y); y < static_cast<unsigned>(box.max_y); ++y)
        for (auto x = static_cast<unsigned>(box.min_x); x < static_cast<unsigned>(box.max_x); ++x)
            if (const sf::Color c = image.getPixel(x, y); c.r + c.g + c.b < 3 * 110) ink.include(geo::Vec2{double(x), double(y)});
    return ink;
}

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
