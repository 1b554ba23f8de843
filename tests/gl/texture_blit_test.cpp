// The hover frame's repair copies areas of the cached figure onto the window by blitting:
// each area lands where it was (rows count from the top in both), and nothing else moves.
#include <catch2/catch.hpp>

#include <SFML/Graphics.hpp>
#include <cstdlib>

#include "window/texture_blit.hpp"

using namespace medmap;

TEST_CASE("blitted areas of a render texture land in the same places on the window") {
    if (const char* d = std::getenv("DISPLAY"); !d || !*d) FAIL("needs an X display: run under xvfb-run -a");
    sf::RenderWindow window(sf::VideoMode(64, 48), "medmap texture blit test");
    window.setPosition({0, 0});
    sf::RenderTexture cache;
    REQUIRE(cache.create(64, 48));
    cache.clear(sf::Color(0, 0, 255));
    sf::RectangleShape corner({10, 6});  // a red mark near the top-left: a flip would move it
    corner.setFillColor(sf::Color::Red);
    corner.setPosition(2, 3);
    cache.draw(corner);
    cache.display();

    window.clear(sf::Color::Green);
    window::TextureBlit blit(window);
    REQUIRE(blit.copy(cache.getTexture(), {{0, 0, 20, 12}, {40, 30, 8, 8}}));
    sf::Texture shown;
    REQUIRE(shown.create(64, 48));
    shown.update(window);
    const sf::Image image = shown.copyToImage();
    for (unsigned y = 0; y < 48; ++y)
        for (unsigned x = 0; x < 64; ++x) {
            const bool first = x < 20 && y < 12, second = x >= 40 && x < 48 && y >= 30 && y < 38;
            const bool red = x >= 2 && x < 12 && y >= 3 && y < 9;
            const sf::Color expected = !(first || second) ? sf::Color::Green : red ? sf::Color::Red : sf::Color(0, 0, 255);
            if (image.getPixel(x, y) != expected) FAIL("pixel " << x << "," << y);
        }
}
