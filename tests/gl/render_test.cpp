// Renders layers with the window's own drawing code into an offscreen texture and checks
// that the pixels well inside states are exactly the colours the core's figure decided.
#include <catch2/catch.hpp>
#include <SFML/Graphics.hpp>
#include <cstdlib>
#include <fstream>
#include <unistd.h>

#include "core/data/dataset.hpp"
#include "core/figure/figure.hpp"
#include "core/figure/layout.hpp"
#include "core/geo/atlas_lookup.hpp"
#include "core/geo/map_model.hpp"
#include "core/geo/pole_of_inaccessibility.hpp"
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
    // SFML aborts without a display; say why instead.
    if (const char* d = std::getenv("DISPLAY"); !d || !*d) FAIL("needs an X display: run under xvfb-run -a");
    static Scene s;
    return s;
}

std::size_t index_of(const geo::MapModel& map, const std::string& usps) {
    auto i = geo::find_state(map.atlas, usps);
    if (!i) FAIL("no state " << usps);
    return *i;
}

struct Rendered {
    sf::Image image;
    figure::Figure figure;
    figure::FigureLayout layout;
};

Rendered render(window::ChoroplethLayer& layer, const figure::LayerSpec& spec) {
    auto& s = scene();
    Rendered r;
    r.figure = figure::build_figure(s.dataset, s.map.atlas, spec);
    r.layout = figure::layout_figure(r.figure, s.map.atlas, {0, 0, 1280, 800}, 1.0, window::measure_with(s.fonts));
    sf::RenderTexture target;
    REQUIRE(target.create(1280, 800, sf::ContextSettings(0, 0, std::min(4u, sf::RenderTexture::getMaximumAntialiasingLevel()))));
    layer.set_figure(r.figure);
    target.clear();
    window::draw_figure(target, s.fonts, layer, r.figure, r.layout, r.layout.view);
    target.display();
    r.image = target.getTexture().copyToImage();
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

}  // namespace

TEST_CASE("pixels well inside states have exactly the core's classified colours") {
    auto& s = scene();
    std::vector<std::string> warnings;
    window::ChoroplethLayer layer(s.map, MEDMAP_SOURCE_DIR "/shaders", [&](const std::string& w) { warnings.push_back(w); });
    CHECK(layer.uses_shader());
    CHECK(warnings.empty());

    figure::LayerSpec emt;  // EMTs, median wage, default year
    auto first = render(layer, emt);
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
        auto second = render(layer, dental);
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
    window::ChoroplethLayer layer(s.map, MEDMAP_SOURCE_DIR "/shaders", [](const std::string&) {});
    figure::LayerSpec growth;
    growth.metric = data::MetricId::Growth;
    auto r = render(layer, growth);
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

TEST_CASE("without shaders the layer falls back to plain drawing, with a warning, and the same colours") {
    auto& s = scene();
    std::vector<std::string> warnings;
    window::ChoroplethLayer layer(s.map, "/nonexistent/shaders", [&](const std::string& w) { warnings.push_back(w); });
    CHECK_FALSE(layer.uses_shader());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("/nonexistent/shaders") != std::string::npos);
    auto r = render(layer, figure::LayerSpec{});
    for (const char* st : {"TX", "NY", "MT"}) {
        INFO(st);
        CHECK(pixel_inside(r, st) == fill_of(r, st));
    }
}

TEST_CASE("shaders that do not compile fall back to plain drawing, with a warning, and the same colours") {
    auto& s = scene();
    const auto dir = std::filesystem::temp_directory_path() / ("medmap_broken_shaders_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::filesystem::copy_file(MEDMAP_SOURCE_DIR "/shaders/choropleth.vert", dir / "choropleth.vert",
                               std::filesystem::copy_options::overwrite_existing);
    std::ofstream(dir / "choropleth.frag") << "void main() { gl_FragColor = undefined_colour; }\n";
    std::vector<std::string> warnings;
    window::ChoroplethLayer layer(s.map, dir, [&](const std::string& w) { warnings.push_back(w); });
    std::filesystem::remove_all(dir);
    CHECK_FALSE(layer.uses_shader());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("missing or not compiling") != std::string::npos);
    auto r = render(layer, figure::LayerSpec{});
    for (const char* st : {"TX", "NY", "MT", "CA"}) {
        INFO(st);
        CHECK(pixel_inside(r, st) == fill_of(r, st));
    }
}
