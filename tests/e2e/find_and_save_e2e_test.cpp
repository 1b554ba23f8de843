// The real window under Xvfb, driven with xdotool: finding a state through the find
// field, letters outside it selecting nothing, the tooltip leaving with the pointer (and
// hover frames leaving nothing behind), and Ctrl+S writing the whole figure at slide size.
#include <catch2/catch.hpp>

#include "e2e_support.hpp"
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <thread>
#include <vector>

using namespace e2e;
namespace fs = std::filesystem;


TEST_CASE("window: Ctrl+F, typing rhode and Enter shows Rhode Island's tooltip") {
    LoggedWindow w;
    sh("xdotool mousemove 5 790");
    const sf::Image before = screenshot(w.dir / "before.png");
    w.keys("ctrl+f");
    w.type("rhode");
    w.keys("Return");
    REQUIRE(wait_for([&] { return w.logged("hover RI"); }, 15000ms));
    // r and d typed into the field: no shortcut fired, so the only layer line is the first.
    const std::string log = slurp(w.log);
    CHECK(log.find("layer ") == log.rfind("layer "));
    std::this_thread::sleep_for(500ms);
    const sf::Image after = screenshot(w.dir / "after.png");
    // The tooltip opens by Rhode Island's box, at the map's right: a large change there.
    CHECK(changed_pixels(before, after, 600, 100, 1280, 700) > 5000);
}

TEST_CASE("window: typing ma outside the find field selects no state") {
    LoggedWindow w;
    sh("xdotool mousemove 5 790");
    w.type("ma");
    REQUIRE(wait_for([&] { return w.logged("layer --specialty emt --metric mean-wage"); }, 15000ms));
    std::this_thread::sleep_for(500ms);
    CHECK_FALSE(w.logged("hover "));
}

TEST_CASE("window: moving the pointer out of the window removes the tooltip") {
    LoggedWindow w;
    sh("xdotool mousemove 5 790");
    std::this_thread::sleep_for(300ms);
    const sf::Image clear = screenshot(w.dir / "clear.png");
    bool hovered = false;
    for (int attempt = 0; attempt < 12 && !hovered; ++attempt) {
        sh("xdotool mousemove " + std::to_string(700 + attempt % 2) + " 420");  // Kansas, mid-map
        hovered = wait_for([&] { return w.logged("hover ") && !w.logged("hover none"); }, 1500ms);
    }
    REQUIRE(hovered);
    std::this_thread::sleep_for(400ms);
    const sf::Image with_tooltip = screenshot(w.dir / "tooltip.png");
    CHECK(changed_pixels(clear, with_tooltip, 230, 440, 1270, 600) > 5000);
    sh("xdotool mousemove 1600 1000");  // outside the 1280x800 window
    REQUIRE(wait_for([&] { return w.logged("hover none"); }, 15000ms));
    std::this_thread::sleep_for(400ms);
    const sf::Image gone = screenshot(w.dir / "gone.png");
    CHECK(changed_pixels(clear, gone, 230, 440, 1270, 600) < 200);
}

TEST_CASE("window: hover frames repair every area they drew over: after many states, the window is as before") {
    LoggedWindow w;
    // Xvfb's llvmpipe keeps the back buffer across swaps, so hover frames copy back only
    // the areas the last frame drew over (FramePresenter): that path is the one under test.
    REQUIRE(w.logged("present changed-areas"));
    sh("xdotool mousemove 5 790");
    std::this_thread::sleep_for(400ms);
    const sf::Image before = screenshot(w.dir / "before.png");
    // Big and small states, the RI callout box, the Alaska inset, both tooltip sides.
    const std::vector<std::pair<int, int>> stops{{440, 450}, {680, 390}, {640, 520}, {350, 160}, {1124, 282},
                                                 {1100, 200}, {370, 620}, {600, 690}, {900, 300}, {800, 560}};
    for (const auto& [x, y] : stops) {
        sh("xdotool mousemove " + std::to_string(x) + " " + std::to_string(y));
        std::this_thread::sleep_for(250ms);
    }
    const std::string log = slurp(w.log);
    int hovers = 0;
    for (std::size_t at = log.find("hover "); at != std::string::npos; at = log.find("hover ", at + 1))
        hovers += log.compare(at, 10, "hover none") != 0;
    CHECK(hovers >= 6);
    sh("xdotool mousemove 5 790");
    REQUIRE(wait_for(
        [&] {
            const std::string now = slurp(w.log);
            return now.rfind("hover none") != std::string::npos && now.rfind("hover none") == now.rfind("hover ");
        },
        5000ms));
    std::this_thread::sleep_for(400ms);
    const sf::Image after = screenshot(w.dir / "after.png");
    CHECK(changed_pixels(before, after, 0, 0, 1280, 800) == 0);
}

TEST_CASE("window: Ctrl+S writes the whole figure as a 1920x1080 PNG and an SVG that open") {
    LoggedWindow w;
    w.keys("ctrl+s");
    REQUIRE(wait_for([&] { return w.logged("saved "); }, 20000ms));
    const fs::path png = w.dir / "medmap-emt-median-wage-2014.png";
    const fs::path svg = w.dir / "medmap-emt-median-wage-2014.svg";
    REQUIRE(fs::exists(png));
    REQUIRE(fs::exists(svg));
    sf::Image image;
    REQUIRE(image.loadFromFile(png.string()));
    CHECK(image.getSize() == sf::Vector2u(1920, 1080));
    CHECK(slurp(svg).find("EMTs and paramedics: Median annual wage, May 2014") != std::string::npos);
    // A second save never replaces the first.
    w.keys("ctrl+s");
    REQUIRE(wait_for([&] { return fs::exists(w.dir / "medmap-emt-median-wage-2014-2.png"); }, 20000ms));
}
