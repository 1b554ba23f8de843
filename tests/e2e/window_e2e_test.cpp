// Starts the real medmap window under the test's X display, moves the mouse onto Texas
// with xdotool, and proves the tooltip appeared; then presses a layer key and proves the
// colours on screen changed to the ones the core decides for the new layer.
#include <catch2/catch.hpp>

#include "e2e_support.hpp"
#include <SFML/Graphics/Image.hpp>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "core/data/dataset.hpp"
#include "core/figure/figure.hpp"
#include "core/figure/layout.hpp"
#include "core/figure/window_layout.hpp"
#include "core/geo/albers_usa.hpp"
#include "core/geo/map_model.hpp"
#include "core/geo/pole_of_inaccessibility.hpp"
#include "window/sfml_target.hpp"
#include "window/text.hpp"

using namespace medmap;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

using namespace e2e;

TEST_CASE("hovering Texas in the real window shows its tooltip, a layer key recolours the map") {
    if (const char* d = std::getenv("DISPLAY"); !d || !*d) FAIL("needs an X display: run under xvfb-run -a");
    REQUIRE(sh("command -v xdotool >/dev/null && command -v import >/dev/null") == 0);

    // Where things are: the same core calls the window makes for a 1280x800 window.
    auto dataset = data::load_dataset(MEDMAP_SOURCE_DIR "/stats/medmap-stats.json");
    auto map = geo::MapModel::from_atlas(
        geo::project_albers_usa(geo::load_states(MEDMAP_SOURCE_DIR "/geodata/us_states.shp")));
    auto fonts = window::Fonts::load();
    auto measure = window::measure_with(fonts);
    auto wl = figure::layout_window(1280, 800, dataset.specialties(), measure);
    auto figure_for = [&](const std::string& specialty) {
        figure::LayerSpec spec;
        spec.specialty = specialty;
        return figure::build_figure(dataset, map.atlas, spec);
    };
    auto emt = figure_for("emt");
    auto surgical = figure_for("surgical");
    auto layout = figure::layout_figure(emt, map.atlas, wl.canvas, 1.0, measure);
    auto screen_of = [&](const std::string& usps) {
        auto pole = geo::pole_of_inaccessibility(map.atlas.states[index_of(map, usps)].shape, 100.0);
        return layout.view.to_screen(pole.center);
    };
    const auto tx = screen_of("TX");
    const auto wa = screen_of("WA");  // far from the tooltip, for the colour check

    const fs::path dir = fs::temp_directory_path() / ("medmap_e2e_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path log = dir / "events.log";
    AppProcess app("--window --log-events --window-size 1280x800", log);

    REQUIRE(wait_for([] { return sh("xdotool search --name '^medmap: medical' >/dev/null 2>&1") == 0; }, 15000ms));
    REQUIRE(wait_for([&] { return slurp(log).find("first-frame") != std::string::npos; }, 15000ms));
    std::this_thread::sleep_for(300ms);
    sh("xdotool mousemove 5 790");  // park the cursor on the panel
    std::this_thread::sleep_for(300ms);
    auto before = screenshot(dir / "before.png");

    // Under load X may coalesce a pointer motion the busy app has not read yet: if no hover
    // follows, nudge the pointer by a pixel and look again.
    bool hovered_tx = false;
    for (int attempt = 0; attempt < 12 && !hovered_tx; ++attempt) {
        sh("xdotool mousemove " + std::to_string(int(tx.x) + attempt % 2) + " " + std::to_string(int(tx.y)));
        hovered_tx = wait_for([&] { return slurp(log).find("hover TX") != std::string::npos; }, 1500ms);
    }
    REQUIRE(hovered_tx);
    std::this_thread::sleep_for(300ms);
    auto hovered = screenshot(dir / "hover.png");

    // The tooltip opens beside the cursor (flipped left or up where it would leave the
    // window): a large area must have changed.
    int differing = 0;
    for (unsigned y = 0; y < 800; ++y)
        for (unsigned x = 0; x < 1280; ++x) differing += before.getPixel(x, y) != hovered.getPixel(x, y);
    CHECK(differing > 20000);
    // And the pixel at Washington is still the EMT layer's colour.
    CHECK(hovered.getPixel(unsigned(wa.x), unsigned(wa.y)) == window::to_sf(emt.states[index_of(map, "WA")].fill));

    // Move off the map (no tooltip over the states), then switch layer with a key.
    sh("xdotool mousemove 5 790");
    REQUIRE(wait_for([&] { return slurp(log).find("hover none") != std::string::npos; }, 15000ms));
    sh("xdotool key 3");  // the third specialty: surgical technologists
    REQUIRE(wait_for([&] { return slurp(log).find("layer --specialty surgical --metric median-wage") != std::string::npos; }, 15000ms));
    // The log line comes before the redraw: wait (up to 5 s) until the screen shows the new
    // layer at every sampled state, then check that frame exactly.
    const std::vector<std::string> sampled{"WA", "MT", "NY", "FL", "CA", "KS", "GA", "TX", "CO"};
    sf::Image switched;
    wait_for([&] {
        switched = screenshot(dir / "switched.png");
        for (const auto& st : sampled) {
            const auto p = screen_of(st);
            if (switched.getPixel(unsigned(p.x), unsigned(p.y)) != window::to_sf(surgical.states[index_of(map, st)].fill))
                return false;
        }
        return true;
    }, 15000ms);
    int layers_differ = 0;
    for (const auto& st : sampled) {
        INFO(st);
        const auto i = index_of(map, st);
        const auto p = screen_of(st);
        const auto px = switched.getPixel(unsigned(p.x), unsigned(p.y));
        CHECK(px == window::to_sf(surgical.states[i].fill));
        if (surgical.states[i].fill != emt.states[i].fill) {
            ++layers_differ;
            CHECK(px != before.getPixel(unsigned(p.x), unsigned(p.y)));
        }
    }
    REQUIRE(layers_differ >= 1);  // the check above really saw a recolouring
    fs::remove_all(dir);
}
