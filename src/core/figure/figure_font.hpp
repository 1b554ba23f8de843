#pragma once
// The one font every view draws with (window, PNG, PDF, SVG, web page), and the one fact
// about it that backends need to place text alike.
namespace medmap::figure {

inline constexpr const char* kFontFamily = "DejaVu Sans";
// The font's ascent (hhea ascender 1901 / 2048 units per em): a text slot's baseline lies
// this many ems below its top. Cairo reads the same number from the font; a test checks.
inline constexpr double kFontAscentEm = 1901.0 / 2048.0;

}  // namespace medmap::figure
