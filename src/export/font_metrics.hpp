#pragma once
// The one font every export uses, chosen through Cairo's font selection (fontconfig),
// and its metrics, so PNG, PDF and SVG put each baseline at the same height.
#include <cairo.h>

#include "export/draw_target.hpp"

namespace medmap::exporter {

inline constexpr const char* kFontFamily = "DejaVu Sans";

// Selects the figure font on `cr` at `size_px` (in user units).
void select_figure_font(cairo_t* cr, double size_px, FontWeight weight);

// Distance from the top of the em box to the baseline, in pixels, for the figure font.
double font_ascent_px(double size_px, FontWeight weight);

}  // namespace medmap::exporter
