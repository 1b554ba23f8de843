#include "export/font_metrics.hpp"

#include <map>
#include <memory>
#include <tuple>

#include "export/cairo_handles.hpp"

namespace medmap::exporter {

void select_figure_font(cairo_t* cr, double size_px, figure::FontWeight weight) {
    cairo_select_font_face(cr, kFontFamily, CAIRO_FONT_SLANT_NORMAL,
                           weight == figure::FontWeight::Bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size_px);
    // Unhinted metrics keep glyph advances proportional to the size, so text measures
    // the same in PNG, PDF and SVG; grey antialiasing avoids colour fringes on slides.
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    cairo_set_font_options(cr, options);
    cairo_font_options_destroy(options);
}

namespace {

// A context on a 1x1 surface, only for asking the font's metrics.
struct MeasuringContext {
    CairoSurface surface{cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1)};
    CairoContext cr;
    MeasuringContext(double size_px, figure::FontWeight weight) {
        check_cairo(cairo_surface_status(surface.get()), "cannot measure the figure font");
        cr = make_context(surface.get());
        select_figure_font(cr.get(), size_px, weight);
    }
};

}  // namespace

double font_ascent_px(double size_px, figure::FontWeight weight) {
    MeasuringContext m(size_px, weight);
    cairo_font_extents_t extents;
    cairo_font_extents(m.cr.get(), &extents);
    return extents.ascent;
}

double text_advance_px(const std::string& utf8, double size_px, figure::FontWeight weight) {
    MeasuringContext m(size_px, weight);
    cairo_text_extents_t extents;
    cairo_text_extents(m.cr.get(), utf8.c_str(), &extents);
    return extents.x_advance;
}

figure::TextMeasure cairo_text_measure() {
    // Laying out many figures (the web page's 336 layers) measures the same titles, labels
    // and legend texts again and again: each width is asked of Cairo once per measure.
    struct Remembered {
        std::map<std::tuple<std::string, double, bool>, double> widths;
    };
    auto remembered = std::make_shared<Remembered>();
    return [remembered](const std::string& utf8, double size_px, bool bold) {
        auto [it, is_new] = remembered->widths.try_emplace({utf8, size_px, bold}, 0.0);
        if (is_new)
            it->second = text_advance_px(utf8, size_px, bold ? figure::FontWeight::Bold : figure::FontWeight::Regular);
        return it->second;
    };
}

}  // namespace medmap::exporter
