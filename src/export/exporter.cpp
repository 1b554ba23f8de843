#include "export/exporter.hpp"

#include <cairo-pdf.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/base/atomic_file.hpp"
#include "export/cairo_handles.hpp"
#include "export/cairo_target.hpp"
#include "export/csv_writer.hpp"
#include "core/figure/figure_painter.hpp"
#include "export/font_check.hpp"
#include "export/font_metrics.hpp"
#include "export/png_encoder.hpp"
#include "export/svg_target.hpp"

namespace medmap::exporter {

namespace {

// Detail below a quarter of an output pixel is dropped unless full detail is asked for.
figure::MapDetail map_detail(const ExportOptions& options) { return {options.scale, options.full_detail}; }

std::string render_png(const figure::Figure& fig, const figure::ViewLayout& layout, const geo::Atlas& atlas,
                       const ExportOptions& options) {
    CairoSurface surface(
        cairo_image_surface_create(CAIRO_FORMAT_ARGB32, output_width(options), output_height(options)));
    check_cairo(cairo_surface_status(surface.get()), "cannot create the PNG image");
    {
        CairoContext cr = make_context(surface.get());
        cairo_scale(cr.get(), options.scale, options.scale);
        CairoTarget target(cr.get(), CairoTarget::Surface::Raster);
        figure::paint_view(target, fig, atlas, layout, map_detail(options));
        check_cairo(cairo_status(cr.get()), "cannot draw the PNG image");
    }
    return encode_png(surface.get(), fig.spec.transparent_background);
}

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
    try {
        static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
        return CAIRO_STATUS_SUCCESS;
    } catch (...) {
        return CAIRO_STATUS_NO_MEMORY;
    }
}

std::string render_pdf(const figure::Figure& fig, const figure::ViewLayout& layout, const geo::Atlas& atlas,
                       const ExportOptions& options) {
    std::string out;
    const PageSize page = options.page;
    CairoSurface surface(cairo_pdf_surface_create_for_stream(append_to_string, &out, page.width_pt, page.height_pt));
    check_cairo(cairo_surface_status(surface.get()), "cannot create the PDF document");
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, fig.title.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "medmap");
    {
        CairoContext cr = make_context(surface.get());
        // The whole canvas on the page, as large as fits, centred.
        const geo::Box& canvas = layout.canvas;
        const double fit = std::min(page.width_pt / canvas.width(), page.height_pt / canvas.height());
        cairo_translate(cr.get(), (page.width_pt - canvas.width() * fit) / 2, (page.height_pt - canvas.height() * fit) / 2);
        cairo_scale(cr.get(), fit, fit);
        CairoTarget target(cr.get(), CairoTarget::Surface::Vector);
        figure::paint_view(target, fig, atlas, layout, map_detail(options));
        check_cairo(cairo_status(cr.get()), "cannot draw the PDF document");
    }
    cairo_surface_finish(surface.get());  // writes the rest of the document into `out`
    check_cairo(cairo_surface_status(surface.get()), "cannot write the PDF document");
    return out;
}

std::string render_svg(const figure::Figure& fig, const figure::ViewLayout& layout, const geo::Atlas& atlas,
                       const ExportOptions& options) {
    SvgTarget target(options.width, options.height, options.scale);
    figure::paint_view(target, fig, atlas, layout, map_detail(options));
    return target.finish();
}

}  // namespace

int output_width(const ExportOptions& options) {
    return static_cast<int>(std::lround(options.width * options.scale));
}

int output_height(const ExportOptions& options) {
    return static_cast<int>(std::lround(options.height * options.scale));
}

void validate(const ExportOptions& o) {
    if (o.width <= 0 || o.height <= 0)
        throw std::invalid_argument("the image size must be positive, not " + std::to_string(o.width) + "x" +
                                    std::to_string(o.height));
    if (!std::isfinite(o.scale) || o.scale <= 0) throw std::invalid_argument("the scale must be a positive number");
    if (!(o.text_scale >= kMinTextScale && o.text_scale <= kMaxTextScale))
        throw std::invalid_argument("the text scale must be from 0.25 to 8");
    if (!(o.page.width_pt >= 1 && o.page.height_pt >= 1 && o.page.width_pt <= kMaxPagePoints &&
          o.page.height_pt <= kMaxPagePoints))
        throw std::invalid_argument("each side of the page must be 1 point to 200 inches");
    const double w = o.width * o.scale, h = o.height * o.scale;
    if (w > kMaxSide || h > kMaxSide || std::lround(w) < 1 || std::lround(h) < 1)
        throw std::invalid_argument("the output would be " + std::to_string(std::lround(w)) + "x" +
                                    std::to_string(std::lround(h)) + " pixels; each side must be 1 to " +
                                    std::to_string(kMaxSide));
}

geo::Box export_canvas(const ExportOptions& options) {
    const double w = options.width;
    double h = options.height;
    if (options.format == Format::Pdf && options.canvas_follows_page)
        h = std::max(1.0, std::round(w * options.page.height_pt / options.page.width_pt));
    return {0, 0, w, h};
}

figure::ViewLayout export_view_layout(const figure::Figure& fig, const geo::Atlas& atlas,
                                      const ExportOptions& options, const figure::TextMeasure& measure) {
    figure::ViewLayout layout =
        figure::layout_view(fig, atlas, export_canvas(options), options.content, 1.0, measure, options.text_scale);
    if (options.carry && options.content != figure::FigureView::Bars)
        figure::set_view(layout.map, fig, atlas, figure::carried_view(layout.map, *options.carry), measure);
    return layout;
}

figure::ViewLayout export_view_layout(const figure::Figure& fig, const geo::Atlas& atlas,
                                      const ExportOptions& options) {
    return export_view_layout(fig, atlas, options, cairo_text_measure());
}

figure::FigureLayout export_layout(const figure::Figure& fig, const geo::Atlas& atlas, const ExportOptions& options,
                                   const figure::TextMeasure& measure) {
    ExportOptions map_only = options;
    map_only.content = figure::FigureView::Map;
    return export_view_layout(fig, atlas, map_only, measure).map;
}

figure::FigureLayout export_layout(const figure::Figure& fig, const geo::Atlas& atlas, const ExportOptions& options) {
    return export_layout(fig, atlas, options, cairo_text_measure());
}

std::string render_figure(const figure::Figure& fig, const geo::Atlas& atlas, const ExportOptions& options) {
    validate(options);
    if (options.format == Format::Csv) return layer_csv(fig, atlas);  // no drawing, no font needed
    require_figure_font();
    const figure::ViewLayout layout = export_view_layout(fig, atlas, options);
    switch (options.format) {
        case Format::Png: return render_png(fig, layout, atlas, options);
        case Format::Svg: return render_svg(fig, layout, atlas, options);
        case Format::Pdf: return render_pdf(fig, layout, atlas, options);
        case Format::Html: throw std::invalid_argument("a web page holds every layer: write it with export_page");
        case Format::Csv: break;
    }
    throw std::invalid_argument("unknown export format");
}

void export_figure(const std::filesystem::path& path, const figure::Figure& fig, const geo::Atlas& atlas,
                   const ExportOptions& options) {
    const ReadOnly read_only = options.replace_read_only ? ReadOnly::Replace : ReadOnly::Refuse;
    refuse_read_only(path, read_only);  // before the work of rendering
    write_file_atomically(path, render_figure(fig, atlas, options), read_only);
}

}  // namespace medmap::exporter
