// The window's drawing of what the core decides for small states and labels: callout
// boxes filled like their state (hatched without data), the labels' ink, and the
// unclassed gradient legend, rendered offscreen with the window's own code.
#include <catch2/catch.hpp>
#include <SFML/Graphics.hpp>
#include <cstdlib>

#include "core/data/dataset.hpp"
#include "core/figure/figure.hpp"
#include "core/figure/layout.hpp"
#include "core/figure/state_labels.hpp"
#include "core/geo/map_model.hpp"
#include "window/choropleth_layer.hpp"
#include "window/figure_painter.hpp"
#include "window/text.hpp"

using namespace medmap;

namespace {

struct Scene {
    data::Dataset dataset = data::load_dataset(MEDMAP_SOURCE_DIR "/stats/medmap-stats.json");
    geo::MapModel map = geo::MapModel::build(geo::load_states(MEDMAP_SOURCE_DIR "/geodata/us_states.shp"));
    window::Fonts fonts = window::Fonts::load();
};

Scene& scene() {
    if (const char* d = std::getenv("DISPLAY"); !d || !*d) FAIL("needs an X display: run under xvfb-run -a");
    static Scene s;
    return s;
}

struct Rendered {
    sf::Image image;
    figure::Figure figure;
    figure::FigureLayout layout;
};

Rendered render(const figure::LayerSpec& spec) {
    auto& s = scene();
    window::ChoroplethLayer layer(s.map, MEDMAP_SOURCE_DIR "/shaders", [](const std::string&) {});
    Rendered r;
    r.figure = figure::build_figure(s.dataset, s.map.atlas, spec);
    r.layout = figure::layout_figure(r.figure, s.map.atlas, {0, 0, 1280, 800}, 1.0, window::measure_with(s.fonts));
    sf::RenderTexture target;
    REQUIRE(target.create(1280, 800));
    layer.set_figure(r.figure);
    target.clear();
    window::draw_figure(target, s.fonts, layer, r.figure, r.layout, r.layout.view);
    target.display();
    r.image = target.getTexture().copyToImage();
    return r;
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
    auto& s = scene();
    const auto labels = figure::state_labels(with.figure, s.map.atlas, with.layout.view, with.layout.map,
                                             with.layout.label_px, window::measure_with(s.fonts));
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
