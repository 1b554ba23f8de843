#pragma once
// Exports a core figure as PNG, SVG or PDF: no display, no GPU. The exporter draws the
// figure and layout the core made (the same ones the window draws) and nothing else.
//
#include <filesystem>
#include <optional>
#include <string>

#include "core/figure/figure.hpp"
#include "core/figure/figure_view.hpp"
#include "core/figure/layout.hpp"
#include "core/geo/atlas.hpp"
#include "core/geo/view_transform.hpp"
#include "export/export_format.hpp"
#include "export/page_size.hpp"

namespace medmap::exporter {

inline constexpr int kDefaultWidth = 1920;
inline constexpr int kDefaultHeight = 1080;
inline constexpr int kMaxSide = 16384;  // output pixels per side; also Cairo's image limit
inline constexpr double kMinTextScale = 0.25;  // smaller text is unreadable at any size
inline constexpr double kMaxTextScale = 8;     // larger text crowds out the map

struct ExportOptions {
    Format format = Format::Png;
    // The figure's canvas in pixels (SVG user units; PDF points), laid out by the core.
    int width = kDefaultWidth;
    int height = kDefaultHeight;
    // Output pixels per canvas pixel: 2 makes a 3840x2160 PNG of the same 1920x1080 figure.
    // SVG and PDF get a document that much larger; their drawing is the same.
    double scale = 1.0;
    // The part of the map a window shows (its zoom about a map point); empty: the
    // layout's own fit.
    std::optional<figure::ViewCarry> carry;
    // Multiplies the text's size on top of the layout's own, which already grows with the
    // canvas (layout_figure).
    double text_scale = 1.0;
    // PDF only: the page. The canvas is scaled to fit it, centred, and `scale` is unused.
    PageSize page = kSlidePage;
    // PDF only: the canvas's height follows the page's shape (width * page height / page
    // width), so the figure fills the page; set when no height was asked for.
    bool canvas_follows_page = false;
    // An existing file without write permission is replaced only when true.
    bool replace_read_only = false;
    // Every vertex of the geodata. Off: outlines are drawn at the output's resolution (detail
    // below a quarter output pixel dropped, shared borders kept shared), which keeps the SVG
    // and PDF of a detailed shapefile small and looks the same.
    bool full_detail = false;
    // The map, the ranking view's bars, or both side by side (figure_view.hpp).
    figure::FigureView content = figure::FigureView::Map;
};

// The canvas the figure is laid out on: width x height, or for a PDF whose canvas follows
// the page, the width and the page's shape.
geo::Box export_canvas(const ExportOptions& options);

// Output size in pixels (width * scale, height * scale, rounded).
int output_width(const ExportOptions& options);
int output_height(const ExportOptions& options);
// Throws std::invalid_argument naming the problem unless sizes and scale are positive,
// finite and give at most kMaxSide output pixels per side, the text scale is from
// kMinTextScale to kMaxTextScale and the page's sides are 1 to kMaxPagePoints.
void validate(const ExportOptions& options);

// The layout the export uses (the core's, showing options.carry if given).
figure::FigureLayout export_layout(const figure::Figure& figure, const geo::Atlas& atlas,
                                   const ExportOptions& options);
// The same with a given measure (cairo_text_measure()'s, shared by many layouts).
figure::FigureLayout export_layout(const figure::Figure& figure, const geo::Atlas& atlas,
                                   const ExportOptions& options, const figure::TextMeasure& measure);

// The layout of what options.content asks for: the map (as export_layout), the bars, or both.
figure::ViewLayout export_view_layout(const figure::Figure& figure, const geo::Atlas& atlas,
                                      const ExportOptions& options);
figure::ViewLayout export_view_layout(const figure::Figure& figure, const geo::Atlas& atlas,
                                      const ExportOptions& options, const figure::TextMeasure& measure);

// The file's bytes. Throws std::invalid_argument for bad options, std::runtime_error if
// Cairo or libpng fail (e.g. no memory for the image).
std::string render_figure(const figure::Figure& figure, const geo::Atlas& atlas, const ExportOptions& options);

// Renders, then writes atomically: a failure never leaves a partial file, and an existing
// file is only ever replaced by a complete one, with the same permission bits. Throws
// medmap::OutputError (one line, naming the path) when the file cannot be written or is
// read-only (unless options.replace_read_only), else as render_figure.
void export_figure(const std::filesystem::path& path, const figure::Figure& figure, const geo::Atlas& atlas,
                   const ExportOptions& options);

}  // namespace medmap::exporter
