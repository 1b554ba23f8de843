#include "export/font_metrics.hpp"

#include "export/cairo_handles.hpp"

namespace medmap::exporter {

void select_figure_font(cairo_t* cr, double size_px, FontWeight weight) {
    cairo_select_font_face(cr, kFontFamily, CAIRO_FONT_SLANT_NORMAL,
                           weight == FontWeight::Bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size_px);
    // Unhinted metrics keep glyph advances proportional to the size, so text measures
    // the same in PNG, PDF and SVG; grey antialiasing avoids colour fringes on slides.
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    cairo_set_font_options(cr, options);
    cairo_font_options_destroy(options);
}

double font_ascent_px(double size_px, FontWeight weight) {
    CairoSurface scratch(cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1));
    check_cairo(cairo_surface_status(scratch.get()), "cannot measure the figure font");
    CairoContext cr = make_context(scratch.get());
    select_figure_font(cr.get(), size_px, weight);
    cairo_font_extents_t extents;
    cairo_font_extents(cr.get(), &extents);
    return extents.ascent;
}

}  // namespace medmap::exporter
