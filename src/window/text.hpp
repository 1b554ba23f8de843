#pragma once
#include <SFML/Graphics.hpp>
#include <memory>
#include <string>

#include "core/figure/layout.hpp"
#include "core/figure/text_measure.hpp"
#include "window/font_advances.hpp"

namespace medmap::window {

// The fonts every label uses; loaded once through fontconfig.
struct Fonts {
    sf::Font regular;
    sf::Font bold;
    // The same fonts' unhinted widths, for layout (see font_advances.hpp).
    std::shared_ptr<FontAdvances> regular_advances, bold_advances;
    // Throws std::runtime_error with a one-line reason when no font can be loaded.
    static Fonts load();
};

// The whole pixel size SFML renders glyphs at for text `size_px` tall (see make_text), on
// a target with `device_scale` device pixels per unit of its view.
unsigned glyph_size(double size_px, double device_scale = 1);

// A UTF-8 string as an sf::Text at a pixel size, top-left of its em box at `top_left`.
// On a target whose view is scaled (the supersampled figure), `device_scale` renders the
// glyphs at the device size, so they stay sharp.
sf::Text make_text(const sf::Font& font, const std::string& utf8, double size_px, sf::Vector2f top_left,
                   sf::Color color, double device_scale = 1);
sf::Text make_text(const sf::Font& font, const std::string& utf8, const figure::TextSlot& slot, sf::Color color,
                   double device_scale = 1);
float text_width(const sf::Text& text);
// Measures text with these fonts' unhinted advances, for the core's layouts: the widths
// an export measures.
figure::TextMeasure measure_with(const Fonts& fonts);

}  // namespace medmap::window
