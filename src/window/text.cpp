#include "window/text.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/figure/figure_font.hpp"
#include "window/font_locator.hpp"

namespace medmap::window {

Fonts Fonts::load() {
    Fonts fonts;
    const std::string family = figure::kFontFamily;
    for (auto [font, pattern] : {std::pair{&fonts.regular, family}, std::pair{&fonts.bold, family + ":bold"}}) {
        const auto path = locate_font(pattern);
        if (!font->loadFromFile(path.string()))
            throw std::runtime_error("cannot load font " + path.string());
        (font == &fonts.regular ? fonts.regular_advances : fonts.bold_advances) = std::make_shared<FontAdvances>(path);
    }
    return fonts;
}

unsigned glyph_size(double size_px, double device_scale) {
    return static_cast<unsigned>(std::max(1.0, std::ceil(size_px * device_scale)));
}

sf::Text make_text(const sf::Font& font, const std::string& utf8, double size_px, sf::Vector2f top_left,
                   sf::Color color, double device_scale) {
    // SFML sizes glyphs in whole pixels: render at the next whole (device) size and scale
    // down, so text is exactly as wide as the core measured it at a fractional size.
    const unsigned whole = glyph_size(size_px, device_scale);
    sf::Text text(sf::String::fromUtf8(utf8.begin(), utf8.end()), font, whole);
    const float shrink = static_cast<float>(size_px / whole);
    text.setScale(shrink, shrink);
    text.setFillColor(color);
    // SFML puts the baseline one character size below the position; the core's slots put
    // it one font ascent below the top, as Cairo does. Whole pixels keep glyphs crisp.
    const double baseline_shift = (1.0 - figure::kFontAscentEm) * size_px;
    auto on_device_pixel = [device_scale](double v) { return static_cast<float>(std::round(v * device_scale) / device_scale); };
    text.setPosition(on_device_pixel(top_left.x), on_device_pixel(top_left.y - baseline_shift));
    return text;
}

sf::Text make_text(const sf::Font& font, const std::string& utf8, const figure::TextSlot& slot, sf::Color color,
                   double device_scale) {
    return make_text(font, utf8, slot.size_px,
                     {static_cast<float>(slot.top_left.x), static_cast<float>(slot.top_left.y)}, color, device_scale);
}

float text_width(const sf::Text& text) {
    const auto b = text.getLocalBounds();
    return (b.left + b.width) * text.getScale().x;
}

figure::TextMeasure measure_with(const Fonts& fonts) {
    return [regular = fonts.regular_advances, bold = fonts.bold_advances](const std::string& text, double px,
                                                                          bool is_bold) {
        return (is_bold ? bold : regular)->width(text, px);
    };
}

}  // namespace medmap::window
