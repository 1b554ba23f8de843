#pragma once
#include <SFML/Graphics.hpp>
#include <string>

#include "core/figure/layout.hpp"
#include "core/figure/text_measure.hpp"

namespace medmap::window {

// The fonts every label uses; loaded once through fontconfig.
struct Fonts {
    sf::Font regular;
    sf::Font bold;
    // Throws std::runtime_error with a one-line reason when no font can be loaded.
    static Fonts load();
};

// A UTF-8 string as an sf::Text at a pixel size, top-left of its em box at `top_left`.
sf::Text make_text(const sf::Font& font, const std::string& utf8, double size_px, sf::Vector2f top_left,
                   sf::Color color);
sf::Text make_text(const sf::Font& font, const std::string& utf8, const figure::TextSlot& slot, sf::Color color);
float text_width(const sf::Text& text);
// Measures text with these fonts, for the core's layouts.
figure::TextMeasure measure_with(const Fonts& fonts);

}  // namespace medmap::window
