// The real window: hovering a callout box hovers its state; L and D toggle labels and the
// difference from US, and the screen shows what the core decides for them.
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
#include <functional>
#include <sstream>
#include <thread>

#include "core/data/dataset.hpp"
#include "core/figure/figure.hpp"
#include "core/figure/layout.hpp"
#include "core/figure/window_layout.hpp"
#include "core/geo/albers_usa.hpp"
#include "core/geo/map_model.hpp"
#include "window/sfml_target.hpp"
#include "window/text.hpp"

using namespace medmap;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

using namespace e2e;

TEST_CASE("window: a callout box hovers its state, D shows the difference from US, L the labels") {
    if (const char* d = std::getenv("DISPLAY"); !d || !*d) FAIL("needs an X display: run under xvfb-run -a");
    REQUIRE(sh("command -v xdotool >/dev/null && command -v import >/dev/null") == 0);

    auto dataset = data::load_dataset(MEDMAP_SOURCE_DIR "/stats/medmap-stats.json");
    auto map = geo::MapModel::from_atlas(
        geo::project_albers_usa(geo::load_states(MEDMAP_SOURCE_DIR "/geodata/us_states.shp")));
    auto fonts = window::Fonts::load();
    auto measure = window::measure_with(fonts);
    auto wl = figure::layout_window(1280, 800, dataset.specialties(), measure);
    figure::LayerSpec plain;
    auto fig = figure::build_figure(dataset, map.atlas, plain);
    figure::LayerSpec vs_us_spec;
    vs_us_spec.vs_us = true;
    auto vs_us = figure::build_figure(dataset, map.atlas, vs_us_spec);
    auto layout = figure::layout_figure(fig, map.atlas, wl.canvas, 1.0, measure);

    const fs::path dir = fs::temp_directory_path() / ("medmap_carto_e2e_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path log = dir / "events.log";
    AppProcess app("--window --log-events --window-size 1280x800", log);
    REQUIRE(wait_for([] { return sh("xdotool search --name '^medmap: medical' >/dev/null 2>&1") == 0; }, 15000ms));
    REQUIRE(wait_for([&] { return slurp(log).find("first-frame") != std::string::npos; }, 15000ms));
    std::this_thread::sleep_for(300ms);

    // Rhode Island's box, a state far too small to hover at this size.
    const auto ri = index_of(map, "RI");
    const figure::Callout* box = nullptr;
    for (const auto& c : fig.callouts)
        if (c.state == ri) box = &c;
    REQUIRE(box != nullptr);
    const auto centre = layout.view.to_screen(box->box.center());
    // Under load X may coalesce a pointer motion the busy app has not read yet: if no hover
    // follows, nudge the pointer by a pixel and look again.
    bool hovered_ri = false;
    for (int attempt = 0; attempt < 12 && !hovered_ri; ++attempt) {
        sh("xdotool mousemove " + std::to_string(int(centre.x) + attempt % 2) + " " + std::to_string(int(centre.y)));
        hovered_ri = wait_for([&] { return slurp(log).find("hover RI") != std::string::npos; }, 1500ms);
    }
    REQUIRE(hovered_ri);

    sh("xdotool mousemove 5 790");
    sh("xdotool key d");
    REQUIRE(wait_for([&] { return slurp(log).find("--specialty emt --metric median-wage") != std::string::npos && slurp(log).find("--vs-us") != std::string::npos; }, 15000ms));
    std::this_thread::sleep_for(300ms);
    auto shot = screenshot(dir / "vs-us.png");
    // Washington and Texas show their difference-from-US classes.
    const auto vs_layout = figure::layout_figure(vs_us, map.atlas, wl.canvas, 1.0, measure);
    for (const char* st : {"WA", "TX", "MT"}) {
        const auto i = index_of(map, st);
        const auto p = vs_layout.view.to_screen(map.atlas.states[i].bounds.center());
        INFO(st);
        CHECK(shot.getPixel(unsigned(p.x), unsigned(p.y)) == window::to_sf(vs_us.states[i].fill));
    }

    sh("xdotool key l");
    REQUIRE(wait_for([&] { return slurp(log).find("--vs-us --labels") != std::string::npos; }, 15000ms));
    std::this_thread::sleep_for(300ms);
    auto labelled = screenshot(dir / "labels.png");
    int changed = 0;
    for (unsigned y = 0; y < 800; y += 2)
        for (unsigned x = unsigned(wl.canvas.min_x); x < 1280; x += 2) changed += labelled.getPixel(x, y) != shot.getPixel(x, y);
    CHECK(changed > 300);  // the codes on some forty states
    fs::remove_all(dir);
}
