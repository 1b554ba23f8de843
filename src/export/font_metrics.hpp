#pragma once
// The one font every export uses, chosen through Cairo's font selection (fontconfig),
// and its metrics, so PNG, PDF and SVG put each baseline at the same height.
#include <cairo.h>

#include <string>

#include "core/figure/text_measure.hpp"
#include "core/figure/draw_target.hpp"
#include "core/figure/figure_font.hpp"

namespace medmap::exporter {

using figure::kFontFamily;

// Selects the figure font on `cr` at `size_px` (in user units).
void select_figure_font(cairo_t* cr, double size_px, figure::FontWeight weight);

// Distance from the top of the em box to the baseline, in pixels, for the figure font.
double font_ascent_px(double size_px, figure::FontWeight weight);

// How far the figure font advances over `utf8`, in pixels.
double text_advance_px(const std::string& utf8, double size_px, figure::FontWeight weight);

// The core layout's TextMeasure for exports: the exact widths the exporter will draw,
// so the legend and title boxes fit their text in every format. It remembers each width it
// was asked (its copies share them): keep one for many layouts.
figure::TextMeasure cairo_text_measure();

}  // namespace medmap::exporter
