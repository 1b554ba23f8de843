// The window's warm-up loads OpenGL and the fonts on its own thread, and hands over fonts
// that measure and draw, with OpenGL still usable afterwards on the calling thread.
#include <catch2/catch.hpp>
#include <SFML/Graphics.hpp>
#include <cstdlib>

#include "window/window_warmup.hpp"

using namespace medmap;

TEST_CASE("the window warm-up hands over working fonts and leaves OpenGL usable") {
    if (const char* d = std::getenv("DISPLAY"); !d || !*d) FAIL("needs an X display: run under xvfb-run -a");
    window::WindowWarmup warmup;
    const window::Fonts fonts = warmup.take_fonts();
    CHECK(window::measure_with(fonts)("Texas", 20, false) > 20);
    CHECK(window::measure_with(fonts)("Texas", 20, true) > window::measure_with(fonts)("Texas", 20, false));
    sf::RenderTexture target;
    REQUIRE(target.create(64, 32));
    target.clear(sf::Color::White);
    target.draw(window::make_text(fonts.regular, "TX", 20, {4, 4}, sf::Color::Black));
    target.display();
    const sf::Image image = target.getTexture().copyToImage();
    int ink = 0;
    for (unsigned y = 0; y < 32; ++y)
        for (unsigned x = 0; x < 64; ++x) ink += image.getPixel(x, y) != sf::Color::White;
    CHECK(ink > 20);
}

TEST_CASE("a warm-up that is never taken is waited for, not abandoned") {
    if (const char* d = std::getenv("DISPLAY"); !d || !*d) FAIL("needs an X display: run under xvfb-run -a");
    { window::WindowWarmup unused; }
    SUCCEED("destroyed without a crash or a hang");
}
