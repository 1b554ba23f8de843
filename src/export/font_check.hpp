#pragma once
// Refuses to export without a real font. When fontconfig finds no font file, Cairo draws
// with its built-in stroke font and boxes for many characters: a silently wrong figure.
namespace medmap::exporter {

// Throws std::runtime_error (one line: the font, why, how to fix it) when Cairo would
// fall back to its built-in font for the figure font.
void require_figure_font();

}  // namespace medmap::exporter
