#include "window/font_advances.hpp"

#include <SFML/System/String.hpp>
#include <stdexcept>

namespace medmap::window {

FontAdvances::FontAdvances(const std::filesystem::path& font_file) {
    if (FT_Init_FreeType(&library_) != 0) throw std::runtime_error("FreeType cannot start");
    if (FT_New_Face(library_, font_file.c_str(), 0, &face_) != 0) {
        FT_Done_FreeType(library_);
        throw std::runtime_error("FreeType cannot read the font " + font_file.string());
    }
}

FontAdvances::~FontAdvances() {
    FT_Done_Face(face_);
    FT_Done_FreeType(library_);
}

double FontAdvances::width(const std::string& utf8, double size_px) {
    double ems = 0;
    for (char32_t c : sf::String::fromUtf8(utf8.begin(), utf8.end())) {
        auto it = em_advance_.find(c);
        if (it == em_advance_.end()) {
            double advance = 0;
            // Font units, unscaled and unhinted: the advance scales exactly with the size.
            if (FT_Load_Char(face_, c, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING) == 0)
                advance = static_cast<double>(face_->glyph->advance.x) / face_->units_per_EM;
            it = em_advance_.emplace(c, advance).first;
        }
        ems += it->second;
    }
    return ems * size_px;
}

}  // namespace medmap::window
