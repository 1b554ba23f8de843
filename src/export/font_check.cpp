#include "export/font_check.hpp"

#include <stdexcept>
#include <string>

#include "export/cairo_handles.hpp"
#include "export/font_metrics.hpp"

namespace medmap::exporter {

void require_figure_font() {
    CairoSurface surface{cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1)};
    check_cairo(cairo_surface_status(surface.get()), "cannot check the figure font");
    CairoContext cr = make_context(surface.get());
    select_figure_font(cr.get(), 12, figure::FontWeight::Regular);
    // A font found through fontconfig is a FreeType font; Cairo's built-in fallback
    // ("twin") is a user font drawn from strokes.
    cairo_scaled_font_t* font = cairo_get_scaled_font(cr.get());
    if (cairo_scaled_font_status(font) == CAIRO_STATUS_SUCCESS && cairo_scaled_font_get_type(font) != CAIRO_FONT_TYPE_USER)
        return;
    throw std::runtime_error(std::string("font \"") + kFontFamily +
                             "\": fontconfig finds no font file to draw text with "
                             "(install fonts-dejavu-core, or check FONTCONFIG_FILE)");
}

}  // namespace medmap::exporter
