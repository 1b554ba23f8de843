#pragma once
// The figure font's unhinted advance widths, read with FreeType: the widths Cairo uses for
// exports (hint metrics off). Laying the window out with them gives it exactly the layout
// an export of the same size gets, though SFML then draws hinted glyphs.
#include <ft2build.h>
#include FT_FREETYPE_H

#include <filesystem>
#include <string>
#include <unordered_map>

namespace medmap::window {

class FontAdvances {
public:
    // Throws std::runtime_error naming the file when FreeType cannot open it.
    explicit FontAdvances(const std::filesystem::path& font_file);
    ~FontAdvances();
    FontAdvances(const FontAdvances&) = delete;
    FontAdvances& operator=(const FontAdvances&) = delete;

    // How far `utf8` advances at `size_px`, in pixels.
    double width(const std::string& utf8, double size_px);

private:
    FT_Library library_ = nullptr;
    FT_Face face_ = nullptr;
    std::unordered_map<char32_t, double> em_advance_;  // per code point, in ems
};

}  // namespace medmap::window
