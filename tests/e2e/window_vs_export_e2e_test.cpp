// The window and `medmap export` draw the same figure. Every layer is reached by keys
// from the default view (specialty keys, M, D, L, C, ]), at 1280x800 and 800x600; after
// each, the window's figure rectangle (logged as "figure X Y W H") is compared with
// `medmap export <the logged layer flags> --width W --height H`: at 1/4 scale, in an 8x8
// grid of tiles, no tile may differ by more than 10% of full scale on average.
#include <catch2/catch.hpp>

#include "e2e_support.hpp"
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <thread>

using namespace e2e;
namespace fs = std::filesystem;

namespace {

struct Rect {
    unsigned x = 0, y = 0, w = 0, h = 0;
};

std::vector<std::string> lines_starting(const std::string& text, const std::string& prefix) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (line.rfind(prefix, 0) == 0) out.push_back(line.substr(prefix.size()));
    return out;
}

// The worst tile's mean absolute difference, 0..1, comparing `window`'s `rect` with `exported`.
double worst_tile(const sf::Image& window, Rect r, const sf::Image& exported) {
    constexpr unsigned kDown = 4, kTiles = 8;
    const unsigned w = r.w / kDown, h = r.h / kDown;
    std::vector<double> sum(kTiles * kTiles, 0), count(kTiles * kTiles, 0);
    for (unsigned y = 0; y < h; ++y)
        for (unsigned x = 0; x < w; ++x) {
            double diff = 0;
            for (unsigned dy = 0; dy < kDown; ++dy)  // box-filter both images to 1/4 scale
                for (unsigned dx = 0; dx < kDown; ++dx) {
                    const sf::Color a = window.getPixel(r.x + x * kDown + dx, r.y + y * kDown + dy);
                    const sf::Color b = exported.getPixel(x * kDown + dx, y * kDown + dy);
                    diff += (double(a.r) - b.r + double(a.g) - b.g + double(a.b) - b.b) / 3.0;
                }
            const std::size_t tile = (y * kTiles / h) * kTiles + x * kTiles / w;
            sum[tile] += std::abs(diff / (kDown * kDown)) / 255.0;
            count[tile] += 1;
        }
    double worst = 0;
    for (std::size_t t = 0; t < sum.size(); ++t)
        if (count[t] > 0) worst = std::max(worst, sum[t] / count[t]);
    return worst;
}

void compare_layers_at(unsigned width, unsigned height) {
    const fs::path dir = fs::temp_directory_path() / ("medmap_vs_export_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path log = dir / "events.log";
    sh("xdotool mousemove 1910 1190");  // the pointer away from the window: no tooltip
    AppProcess app("--window --log-events --window-size " + std::to_string(width) + "x" + std::to_string(height), log);
    REQUIRE(wait_for([] { return sh("xdotool search --name '^medmap: medical' >/dev/null 2>&1") == 0; }, 15000ms));
    REQUIRE(wait_for([&] { return slurp(log).find("first-frame") != std::string::npos; }, 15000ms));
    const auto figures = lines_starting(slurp(log), "figure ");
    REQUIRE_FALSE(figures.empty());
    Rect r;
    std::istringstream(figures.back()) >> r.x >> r.y >> r.w >> r.h;
    REQUIRE(r.w == width - r.x);

    std::size_t seen_layers = lines_starting(slurp(log), "layer ").size();
    REQUIRE(seen_layers == 1);  // the first layout says what it shows
    int compared = 0;
    auto check_current = [&] {
        const std::string flags = lines_starting(slurp(log), "layer ").back();
        std::this_thread::sleep_for(350ms);  // the frame after the log line
        const fs::path shot = dir / "window.png", out = dir / "export.png";
        const sf::Image window = screenshot(shot);
        REQUIRE(sh("'" MEDMAP_EXE "' export " + flags + " --width " + std::to_string(r.w) + " --height " +
                   std::to_string(r.h) + " --out '" + out.string() + "' >/dev/null") == 0);
        sf::Image exported;
        REQUIRE(exported.loadFromFile(out.string()));
        const double worst = worst_tile(window, r, exported);
        INFO(width << "x" << height << ": " << flags << ": worst tile " << worst);
        CHECK(worst <= 0.10);
        ++compared;
    };
    auto press = [&](const std::string& key) {
        sh("xdotool search --name '^medmap: medical' key --window %1 " + key);
        REQUIRE(wait_for([&] { return lines_starting(slurp(log), "layer ").size() > seen_layers; }, 15000ms));
        seen_layers = lines_starting(slurp(log), "layer ").size();
    };
    const std::vector<std::string> specialty_keys{"1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "minus", "equal"};
    check_current();  // EMTs, median wage: the default
    for (const std::string& key : specialty_keys) {
        if (key != "2") press(key);  // 2 is the default specialty: already shown
        for (int metric = 0; metric < 7; ++metric) {  // M cycles the 5 published and 2 adjusted wages
            if (!(key == "2" && metric == 0)) check_current();
            press("m");
        }
    }
    for (const char* key : {"d", "l", "c", "bracketright"}) {
        press(key);
        check_current();
    }
    CHECK(compared == 12 * 7 + 4);
    fs::remove_all(dir);
}

}  // namespace

TEST_CASE("window against export: every layer by keys, at 1280x800") {
    if (const char* d = std::getenv("DISPLAY"); !d || !*d) FAIL("needs an X display: run under xvfb-run -a");
    compare_layers_at(1280, 800);
}

TEST_CASE("window against export: every layer by keys, at 800x600") {
    if (const char* d = std::getenv("DISPLAY"); !d || !*d) FAIL("needs an X display: run under xvfb-run -a");
    compare_layers_at(800, 600);
}
