#pragma once
// Where each part of a figure goes on a canvas of a given size, in pixels. Backends
// place text with its top-left corner at the given point and its size in pixels.
#include <optional>
#include <string>
#include <vector>

#include "core/figure/figure.hpp"
#include "core/figure/text_measure.hpp"
#include "core/geo/geometry.hpp"
#include "core/geo/view_transform.hpp"

namespace medmap::figure {

struct TextSlot {
    geo::Vec2 top_left;
    double size_px = 12;
};

// A USPS code drawn on the map or in a callout box.
struct StateLabel {
    std::size_t state = 0;  // index into atlas.states
    std::string text;       // "TX"
    TextSlot slot;          // top-left of the em box and size, pixels; drawn bold
    geo::Vec2 centre;       // pixels: the point the code is centred on
    Rgba color;
    bool in_callout = false;
};

struct LegendRow {
    geo::Box swatch;
    TextSlot label;
};

// An unclassed legend's continuous bar: Legend::gradient's colours as equal slices across
// `bar`, its end values under the ends and a diverging centre under a tick at the middle.
struct GradientLayout {
    geo::Box bar;
    TextSlot low, high, centre;  // `centre` only for a centre label
    geo::Box centre_tick;        // drawn in ThemeColors::text; empty without a centre label
};

struct FigureLayout {
    geo::Box canvas;
    double unit = 1;  // text and spacing scale of this canvas (1 at 1100x720); other views size by it
    TextSlot title, subtitle, source;
    geo::Box map;                 // the map's viewport: the fitted map lies inside it
    // What a zoomed or panned map is clipped to: the viewport widened to the canvas's
    // right margin, so zooming in fills the width; the legend is drawn over its corner.
    geo::Box map_frame;
    geo::ViewTransform view;      // atlas map units -> pixels, fitted into `map`
    geo::Box legend;              // the legend's box (background panel)
    TextSlot legend_title;  // its first line
    // A title wider than the legend's labels wraps ("Median annual wage, adjusted for" /
    // "local prices (BEA RPP, US = 100)"), so it does not widen the legend over the map:
    // each line's text and slot, the first at legend_title.
    std::vector<std::string> legend_title_lines;
    std::vector<TextSlot> legend_title_slots;
    std::optional<GradientLayout> legend_gradient;  // above the rows, for Legend::gradient
    std::vector<LegendRow> legend_rows;
    double outline_px = 1.0;      // state outline width (also callout frames and leader lines)
    double leader_dot_px = 2.2;   // radius of the dot where a callout's leader line meets its state
    double label_px = 11;         // USPS codes on states and in callout boxes (at most)
    // No-data hatch (states and the legend's "no data" swatch) and frames (insets, legend
    // swatches; colour ThemeColors::frame), sized here so the window and every export draw
    // them alike (added for the exporter).
    double hatch_spacing_px = 6.0;  // between parallel 45-degree hatch lines, measured across them
    double hatch_line_px = 1.0;
    double frame_px = 1.0;
    // The hatch is a grid of "/" lines anchored at the canvas's top-left corner, so that
    // neighbouring states' hatches line up and every backend draws the same pattern.
    geo::Vec2 hatch_origin;
    // What depends on the view (set_view): the labels that fit, and which callout boxes
    // are shown. A box that would leave the map frame (zoomed or panned) is hidden with
    // its leader line, never cut.
    std::vector<StateLabel> labels;
    std::vector<bool> callout_shown;      // parallel to Figure::callouts
    // The callout boxes in pixels. They follow the map's zoom, but never shrink below a
    // size that holds a readable code: on a small canvas the column is enlarged and
    // spaced out about its middle, kept inside the frame.
    std::vector<geo::Box> callout_boxes;  // parallel to Figure::callouts
};

// `canvas` is the area to draw into (the whole image for exports, the part of the window
// beside the side panel in the window). Text, line widths, swatches, callout labels and
// margins are in proportion to the canvas (size_unit), so a 7680x4320 figure is a
// 1920x1080 one at 4x. `scale` multiplies all of them, `text_scale` only the text.
// The legend is as wide as its widest label or title (measured with `measure`).
FigureLayout layout_figure(const Figure& figure, const geo::Atlas& atlas, const geo::Box& canvas,
                           double scale = 1.0, const TextMeasure& measure = {}, double text_scale = 1.0);

// The size of one layout unit on `canvas` (1 on the 1100x720 reference, never under 0.75)
// times `scale`: text, lines and margins are multiples of it.
double size_unit(const geo::Box& canvas, double scale = 1.0);

// A view that another canvas can show: a zoom (1 = fitted) about a map point that goes
// to the middle of the map's frame.
struct ViewCarry {
    double zoom = 1;
    geo::Vec2 centre;  // map units
    bool fitted = true;  // the unzoomed, unpanned view: the other canvas's own fit
};

// The layout's fitted view zoomed by carry.zoom and moved so carry.centre is in the middle
// of the map's frame: the same part of the map, at any canvas size.
geo::ViewTransform carried_view(const FigureLayout& layout, const ViewCarry& carry);

// Points the layout at another view (zoom and pan in the window, a saved view in an
// export) and recomputes what depends on it.
void set_view(FigureLayout& layout, const Figure& figure, const geo::Atlas& atlas, const geo::ViewTransform& view,
              const TextMeasure& measure = {});

}  // namespace medmap::figure
