// The SFML target draws what the core's one painter passes it: rendered offscreen, the
// pixels well inside states, in callout boxes, under labels and along the gradient legend
// are exactly the colours the core's figure decided.
#include "gl_scene.hpp"

using namespace medmap;
using namespace gl_scene;

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
