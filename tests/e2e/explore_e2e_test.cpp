// The real window under Xvfb, driven with xdotool: Y steps the year, B shows the ranked
// bars and hovering a bar hovers its state, a click pins a state for the two-state
// tooltip, and hovering a legend class fades the other states (issue 11).
#include <catch2/catch.hpp>

#include "e2e_support.hpp"

#include <thread>

using namespace e2e;

namespace {

// Mean brightness (0..765) of a small square: faded states are nearer the white background.
int brightness(const sf::Image& img, unsigned cx, unsigned cy) {
    int sum = 0, n = 0;
    for (unsigned y = cy - 3; y <= cy + 3; ++y)
        for (unsigned x = cx - 3; x <= cx + 3; ++x, ++n) {
            const sf::Color c = img.getPixel(x, y);
            sum += c.r + c.g + c.b;
        }
    return sum / n;
}

void move_to(int x, int y) {
    sh("xdotool mousemove " + std::to_string(x) + " " + std::to_string(y));
    std::this_thread::sleep_for(250ms);
}

}  // namespace

TEST_CASE("window: Y steps to the next wage year and the title follows") {
    LoggedWindow w;
    move_to(5, 790);
    const sf::Image before = screenshot(w.dir / "before.png");
    w.type("y");
    REQUIRE(wait_for([&] { return w.last("layer ").find("--year 2015") != std::string::npos; }, 5000ms));
    std::this_thread::sleep_for(400ms);
    const sf::Image after = screenshot(w.dir / "after.png");
    CHECK(changed_pixels(before, after, 230, 0, 1280, 50) > 100);  // the title's "May 2014" -> "May 2015"
}

TEST_CASE("window: B twice shows the ranked bars alone, and hovering a bar hovers its state") {
    LoggedWindow w;
    move_to(5, 790);
    w.type("bb");
    REQUIRE(wait_for([&] { return w.last("layer ").find("--view bars") != std::string::npos; }, 5000ms));
    std::this_thread::sleep_for(400ms);
    const sf::Image bars = screenshot(w.dir / "bars.png");
    // The first column's first bar (District of Columbia, the highest EMT wage) is the top
    // class's dark blue: most of the bar band is dark.
    int dark = 0;
    for (unsigned x = 420; x < 640; ++x) {
        const sf::Color c = bars.getPixel(x, 128);
        dark += c.r + c.g + c.b < 300;
    }
    CHECK(dark > 150);
    move_to(320, 128);
    REQUIRE(wait_for([&] { return w.last("hover ") == "hover DC"; }, 5000ms));
}

TEST_CASE("window: a click pins Texas, and hovering Colorado gives the two-state tooltip") {
    LoggedWindow w;
    move_to(640, 520);
    REQUIRE(wait_for([&] { return w.last("hover ") == "hover TX"; }, 5000ms));
    sh("xdotool click 1");
    REQUIRE(wait_for([&] { return w.last("pin ") == "pin TX"; }, 5000ms));
    move_to(520, 330);
    REQUIRE(wait_for([&] { return w.last("compare ") == "compare TX CO"; }, 5000ms));
    std::this_thread::sleep_for(400ms);
    screenshot(w.dir / "compare.png");  // kept in the scratch folder while debugging a failure
    w.keys("Escape");
    REQUIRE(wait_for([&] { return w.last("pin ") == "pin none"; }, 5000ms));
}

TEST_CASE("window: hovering a legend class fades the states of the other classes") {
    LoggedWindow w;
    move_to(5, 790);
    const sf::Image before = screenshot(w.dir / "before.png");
    move_to(1100, 715);  // the legend's top class, "$37,000 and over"
    REQUIRE(wait_for([&] { return w.last("legend-class ") == "legend-class 4"; }, 5000ms));
    std::this_thread::sleep_for(400ms);
    const sf::Image faded = screenshot(w.dir / "faded.png");
    // Texas (class 3) fades toward the background; Illinois (class 4) keeps its colour.
    CHECK(brightness(faded, 640, 520) > brightness(before, 640, 520) + 100);
    CHECK(brightness(faded, 815, 360) == brightness(before, 815, 360));
    move_to(700, 300);
    REQUIRE(wait_for([&] { return w.last("legend-class ") == "legend-class none"; }, 5000ms));
}
