#include "window/text.hpp"

#include <cmath>
#include <stdexcept>

#include "window/font_locator.hpp"

namespace medmap::window {

Fonts Fonts::load() {
    Fonts fonts;
    for (auto [font, pattern] : {std::pair{&fonts.regular, "DejaVu Sans"}, std::pair{&fonts.bold, "DejaVu Sans:bold"}}) {
        const auto path = locate_font(pattern);
        if (!font->loadFromFile(path.string()))
            throw std::runtime_error("cannot load font " + path.string());
    }
    return fonts;
}

sf::Text make_text(const sf::Font& font, const std::string& utf8, double size_px, sf::Vector2f top_left,
                   sf::Color color) {
    sf::Text text(sf::String::fromUtf8(utf8.begin(), utf8.end()), font,
                  static_cast<unsigned>(std::lround(size_px)));
    text.setFillColor(color);
    // Whole pixels keep glyphs crisp.
    text.setPosition(std::round(top_left.x), std::round(top_left.y));
    return text;
}

sf::Text make_text(const sf::Font& font, const std::string& utf8, const figure::TextSlot& slot, sf::Color color) {
    return make_text(font, utf8, slot.size_px,
                     {static_cast<float>(slot.top_left.x), static_cast<float>(slot.top_left.y)}, color);
}

float text_width(const sf::Text& text) {
    const auto b = text.getLocalBounds();
    return b.left + b.width;
}

figure::TextMeasure measure_with(const Fonts& fonts) {
    return [&fonts](const std::string& text, double px, bool bold) {
        return static_cast<double>(text_width(make_text(bold ? fonts.bold : fonts.regular, text, px, {}, sf::Color::Black)));
    };
}

void elide_to_width(sf::Text& text, float max_width) {
    if (text_width(text) <= max_width) return;
    sf::String s = text.getString();
    while (s.getSize() > 1) {
        s.erase(s.getSize() - 1);
        text.setString(s + sf::String(L"\u2026"));
        if (text_width(text) <= max_width) return;
    }
}

}  // namespace medmap::window
