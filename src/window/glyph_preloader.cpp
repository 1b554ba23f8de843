#include "window/glyph_preloader.hpp"

namespace medmap::window {

void GlyphPreloader::text(const figure::TextSlot& slot, std::string_view utf8, figure::Rgba, figure::FontWeight weight) {
    const sf::Font& font = weight == figure::FontWeight::Bold ? fonts_.bold : fonts_.regular;
    const unsigned size = glyph_size(slot.size_px, device_scale_);
    for (char32_t c : sf::String::fromUtf8(utf8.begin(), utf8.end())) font.getGlyph(c, size, false);
}

}  // namespace medmap::window
