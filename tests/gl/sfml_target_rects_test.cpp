// Rectangles on the SFML target: a frame covers exactly the band inside its box, once
// (a corner drawn twice would blend a translucent frame twice), and leaves the inside
// untouched; an opaque fill replaces what was under it, a translucent one blends.
#include <functional>

#include "gl_scene.hpp"

using namespace medmap;

namespace {

const sf::Color kBackground(200, 210, 220);

sf::Image draw_on_background(const std::function<void(window::SfmlTarget&)>& draw) {
    auto& s = gl_scene::scene();
    sf::RenderTexture target;
    REQUIRE(target.create(40, 30, sf::ContextSettings(0, 8, 0)));
    target.clear(kBackground);
    {
        window::SfmlTarget t(target, s.fonts);
        draw(t);
    }
    target.display();
    return target.getTexture().copyToImage();
}

// `over` at `alpha`/255 blended onto the background, as OpenGL rounds it (within 1).
bool blended(const sf::Color& px, const sf::Color& over, int alpha) {
    auto mix = [&](int a, int b) { return (a * alpha + b * (255 - alpha)) / 255.0; };
    return std::abs(px.r - mix(over.r, kBackground.r)) <= 1 && std::abs(px.g - mix(over.g, kBackground.g)) <= 1 &&
           std::abs(px.b - mix(over.b, kBackground.b)) <= 1;
}

}  // namespace

TEST_CASE("a frame covers the band inside its box once, and nothing else") {
    const figure::Rgba frame{180, 20, 40, 128};
    const sf::Image image = draw_on_background([&](window::SfmlTarget& t) { t.stroke_rect({5, 5, 25, 20}, frame, 2); });
    int band = 0;
    for (unsigned y = 0; y < 30; ++y)
        for (unsigned x = 0; x < 40; ++x) {
            const bool in_box = x >= 5 && x < 25 && y >= 5 && y < 20;
            const bool in_inside = x >= 7 && x < 23 && y >= 7 && y < 18;
            const sf::Color px = image.getPixel(x, y);
            INFO(x << "," << y);
            if (in_box && !in_inside) {
                CHECK(blended(px, {180, 20, 40}, 128));
                ++band;
            } else {
                CHECK(px == kBackground);
            }
        }
    CHECK(band == 20 * 15 - 16 * 11);
}

TEST_CASE("an opaque fill replaces what was under it, a translucent one blends") {
    const sf::Image image = draw_on_background([&](window::SfmlTarget& t) {
        t.fill_rect({2, 2, 12, 12}, {10, 20, 30, 255}, {});
        t.fill_rect({20, 2, 30, 12}, {10, 20, 30, 100}, {});
    });
    CHECK(image.getPixel(6, 6) == sf::Color(10, 20, 30));
    CHECK(blended(image.getPixel(25, 6), {10, 20, 30}, 100));
    CHECK(image.getPixel(15, 6) == kBackground);
    CHECK(image.getPixel(12, 6) == kBackground);  // the box's right edge is exclusive
}

TEST_CASE("an opaque fill stays inside the clip, and the clip still holds afterwards") {
    const sf::Image image = draw_on_background([&](window::SfmlTarget& t) {
        t.push_clip({5, 5, 15, 15});
        t.fill_rect({0, 0, 40, 30}, {10, 20, 30, 255}, {});
        t.fill_rect({0, 0, 40, 30}, {200, 0, 0, 128}, {});  // translucent: drawn through the same clip
        t.pop_clip();
    });
    for (unsigned y = 0; y < 30; ++y)
        for (unsigned x = 0; x < 40; ++x) {
            INFO(x << "," << y);
            if (x >= 5 && x < 15 && y >= 5 && y < 15) CHECK(image.getPixel(x, y) != kBackground);
            else CHECK(image.getPixel(x, y) == kBackground);
        }
}
