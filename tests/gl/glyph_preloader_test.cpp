// Walking text through the preloader puts its glyphs into the font's texture before
// anything is drawn, at the size the window will draw them.
#include <catch2/catch.hpp>
#include <SFML/Graphics.hpp>
#include <cstdlib>

#include "window/glyph_preloader.hpp"

using namespace medmap;

namespace {

// Pixels with any ink in the regular font's glyph texture for `size`.
int inked(const window::Fonts& fonts, unsigned size) {
    const sf::Image image = fonts.regular.getTexture(size).copyToImage();
    int n = 0;
    for (unsigned y = 0; y < image.getSize().y; ++y)
        for (unsigned x = 0; x < image.getSize().x; ++x) n += image.getPixel(x, y).a > 0;
    return n;
}

}  // namespace

TEST_CASE("the glyph preloader loads every glyph of the text at the size it is drawn") {
    if (const char* d = std::getenv("DISPLAY"); !d || !*d) FAIL("needs an X display: run under xvfb-run -a");
    const window::Fonts fonts = window::Fonts::load();
    window::GlyphPreloader preloader(fonts);
    figure::TextSlot slot;
    slot.size_px = 22.4;  // drawn from glyphs rendered at 23 px
    const unsigned size = window::glyph_size(slot.size_px);
    REQUIRE(size == 23);
    // On the supersampled figure (2 device pixels per figure pixel) glyphs are rendered
    // at the device size, 45 px, and preloaded there.
    CHECK(window::glyph_size(slot.size_px, 2) == 45);
    window::GlyphPreloader(fonts, 2).text(slot, "Q", {0, 0, 0, 255}, figure::FontWeight::Regular);
    CHECK(inked(fonts, 45) > 0);
    const int before = inked(fonts, size);
    preloader.text(slot, "Wyoming $41,230", {0, 0, 0, 255}, figure::FontWeight::Regular);
    const int after = inked(fonts, size);
    CHECK(after > before + 200);
    // Already loaded: nothing changes the second time.
    preloader.text(slot, "Wyoming", {0, 0, 0, 255}, figure::FontWeight::Regular);
    CHECK(inked(fonts, size) == after);
    // Bold text goes to the bold font, not the regular one.
    preloader.text(slot, "Montana", {0, 0, 0, 255}, figure::FontWeight::Bold);
    CHECK(inked(fonts, size) == after);
}
