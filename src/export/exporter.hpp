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

namespace medmap::exporter {

inline constexpr int kDefaultWidth = 1920;
inline constexpr int kDefaultHeight = 1080;
inline constexpr int kMaxSide = 16384;  // output pixels per side; also Cairo's image limit

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
    // The map, the ranking view's bars, or both side by side (figure_view.hpp).
    figure::FigureView content = figure::FigureView::Map;
};

// Output size in pixels (width * scale, height * scale, rounded).
int output_width(const ExportOptions& options);
int output_height(const ExportOptions& options);
// Throws std::invalid_argument naming the problem unless sizes and scale are positive,
// finite and give at most kMaxSide output pixels per side.
void validate(const ExportOptions& options);

// The layout the export uses (the core's, showing options.carry if given).
figure::FigureLayout export_layout(const figure::Figure& figure, const geo::Atlas& atlas,
                                   const ExportOptions& options);

// The layout of what options.content asks for: the map (as export_layout), the bars, or both.
figure::ViewLayout export_view_layout(const figure::Figure& figure, const geo::Atlas& atlas,
                                      const ExportOptions& options);

// The file's bytes. Throws std::invalid_argument for bad options, std::runtime_error if
// Cairo or libpng fail (e.g. no memory for the image).
std::string render_figure(const figure::Figure& figure, const geo::Atlas& atlas, const ExportOptions& options);

// Renders, then writes atomically: a failure never leaves a partial file, and an existing
// file is only ever replaced by a complete one. Throws medmap::OutputError (one line,
// naming the path) when the file cannot be written, else as render_figure.
void export_figure(const std::filesystem::path& path, const figure::Figure& figure, const geo::Atlas& atlas,
                   const ExportOptions& options);

}  // namespace medmap::exporter
