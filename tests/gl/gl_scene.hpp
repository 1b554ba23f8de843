#pragma once
// Shared by the SFML target's gl tests: the real data and bundled states, the figure of a
// layer rendered offscreen as the window renders it, and where to look in it.
#include <catch2/catch.hpp>
#include <SFML/Graphics.hpp>
#include <cstdlib>

#include "core/data/dataset.hpp"
#include "core/figure/figure.hpp"
#include "core/figure/figure_painter.hpp"
#include "core/figure/layout.hpp"
#include "core/geo/albers_usa.hpp"
#include "core/geo/map_model.hpp"
#include "core/geo/pole_of_inaccessibility.hpp"
#include "window/sfml_target.hpp"
#include "window/text.hpp"

namespace gl_scene {

using namespace medmap;


struct Scene {
    data::Dataset dataset = data::load_dataset(MEDMAP_SOURCE_DIR "/stats/medmap-stats.json");
    geo::MapModel map = geo::MapModel::from_atlas(
        geo::project_albers_usa(geo::load_states(MEDMAP_SOURCE_DIR "/geodata/us_states.shp")));
    window::Fonts fonts = window::Fonts::load();
};

inline Scene& scene() {
    // SFML aborts without a display; say why instead.
    if (const char* d = std::getenv("DISPLAY"); !d || !*d) FAIL("needs an X display: run under xvfb-run -a");
    static Scene s;
    return s;
}

inline std::size_t index_of(const geo::MapModel& map, const std::string& usps) {
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
inline Rendered render(const figure::LayerSpec& spec, unsigned supersample = 1) {
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

inline sf::Color pixel_inside(const Rendered& r, const std::string& usps) {
    auto& s = scene();
    const auto i = index_of(s.map, usps);
    auto pole = geo::pole_of_inaccessibility(s.map.atlas.states[i].shape, 100.0);
    REQUIRE(pole.clearance * r.layout.view.scale > 4.0);  // well inside: MSAA edges are further away
    auto p = r.layout.view.to_screen(pole.center);
    return r.image.getPixel(static_cast<unsigned>(p.x), static_cast<unsigned>(p.y));
}

inline sf::Color fill_of(const Rendered& r, const std::string& usps) {
    return window::to_sf(r.figure.states[index_of(scene().map, usps)].fill);
}

inline geo::Box pixels_of(const geo::Box& b, const geo::ViewTransform& v) {
    geo::Box px;
    px.include(v.to_screen({b.min_x, b.min_y}));
    px.include(v.to_screen({b.max_x, b.max_y}));
    return px;
}

inline sf::Color at(const sf::Image& image, double x, double y) {
    return image.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y));
}

// Antialiased glyphs at 10 px have few pixels of exactly the text colour.
inline bool near(sf::Color a, sf::Color b, int tolerance) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance && std::abs(a.b - b.b) <= tolerance;
}


}  // namespace gl_scene
