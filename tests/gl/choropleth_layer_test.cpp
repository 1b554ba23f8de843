// The window's levels of detail: the layer draws the coarsest level within a quarter
// pixel at the zoom, which looks like the full outlines at every zoom.
#include <catch2/catch.hpp>
#include <SFML/Graphics.hpp>
#include <cstdlib>

#include "core/data/dataset.hpp"
#include "core/figure/figure.hpp"
#include "core/figure/layout.hpp"
#include "core/geo/detail_levels.hpp"
#include "core/geo/map_model.hpp"
#include "window/choropleth_layer.hpp"

using namespace medmap;

namespace {

struct LodScene {
    data::Dataset dataset = data::load_dataset(MEDMAP_SOURCE_DIR "/stats/medmap-stats.json");
    geo::Atlas atlas = geo::project_albers_usa(geo::load_states(MEDMAP_SOURCE_DIR "/geodata/us_states.shp"));
    geo::MapModel full = geo::MapModel::from_atlas(atlas);  // no levels: full outlines only
    geo::MapModel levelled = [this] {
        geo::Atlas with_levels = atlas;
        geo::add_detail_levels(with_levels);
        return geo::MapModel::from_atlas(std::move(with_levels));
    }();
};

LodScene& scene() {
    if (const char* d = std::getenv("DISPLAY"); !d || !*d) FAIL("needs an X display: run under xvfb-run -a");
    static LodScene s;
    return s;
}

// The map alone (fills, outlines, a highlight) at `zoom` times the fitted scale, about `centre`.
sf::Image render(const geo::MapModel& map, double zoom, geo::Vec2 centre) {
    auto& s = scene();
    const figure::Figure fig = figure::build_figure(s.dataset, map.atlas, figure::LayerSpec{});
    const figure::FigureLayout layout = figure::layout_figure(fig, map.atlas, {0, 0, 1280, 800}, 1.0, {});
    geo::ViewTransform view = layout.view;
    view.scale *= zoom;
    const geo::Vec2 at = view.to_screen(centre);
    view.offset = {view.offset.x + 640 - at.x, view.offset.y + 400 - at.y};
    window::ChoroplethLayer layer(map, MEDMAP_SOURCE_DIR "/shaders", [](const std::string&) {});
    layer.set_figure(fig);
    sf::RenderTexture target;
    REQUIRE(target.create(1280, 800, sf::ContextSettings(0, 0, std::min(4u, sf::RenderTexture::getMaximumAntialiasingLevel()))));
    target.clear(sf::Color::White);
    layer.draw(target, view, layout);
    layer.draw_highlight(target, view, 0, sf::Color::Red, 2.5f);
    target.display();
    return target.getTexture().copyToImage();
}

double share_differing(const sf::Image& a, const sf::Image& b) {
    std::size_t differing = 0;
    const auto size = a.getSize();
    for (unsigned y = 0; y < size.y; ++y)
        for (unsigned x = 0; x < size.x; ++x) {
            const sf::Color p = a.getPixel(x, y), q = b.getPixel(x, y);
            if (std::abs(p.r - q.r) > 25 || std::abs(p.g - q.g) > 25 || std::abs(p.b - q.b) > 25) ++differing;
        }
    return static_cast<double>(differing) / (static_cast<double>(size.x) * size.y);
}

}  // namespace

TEST_CASE("the window's levels of detail look like the full outlines when fitted and zoomed in") {
    auto& s = scene();
    REQUIRE(s.levelled.atlas.levels.size() == 5);
    // The fitted view, and 40x (the deepest zoom) on a corner of four states (the Four Corners).
    const geo::Vec2 four_corners = geo::project_lower48({-109.045, 36.999});
    for (const auto& [zoom, centre] : {std::pair{1.0, s.atlas.bounds.center()}, std::pair{8.0, four_corners},
                                       std::pair{40.0, four_corners}}) {
        const double share = share_differing(render(s.full, zoom, centre), render(s.levelled, zoom, centre));
        INFO("zoom " << zoom << ": " << share * 100 << "% of pixels differ by more than 10%");
        CHECK(share <= 0.01);
    }
}
