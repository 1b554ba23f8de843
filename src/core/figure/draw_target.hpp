#pragma once
// The few drawing operations a figure needs, in canvas pixels. One painter in the core
// (figure_painter.hpp) walks the figure and calls these; each backend (Cairo for PNG and
// PDF, the SVG writer, the SFML window, the web page) only implements them, the way
// Mapnik's AGG and Cairo renderers share one renderer_common. A backend decides no colour,
// position, text or size: if two backends disagree, a decision has leaked out of the core.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/figure/color.hpp"
#include "core/figure/layout.hpp"
#include "core/geo/geometry.hpp"

namespace medmap::figure {

// Closed rings in canvas pixels, filled with the even-odd rule so holes stay holes
// whatever the rings' orientation.
struct PixelPath {
    std::vector<geo::Ring> rings;
    // The same area as triangles (three vertices each), when the core has them (a state
    // at a level of detail, triangulated once with the atlas); empty otherwise. Only a
    // GPU target uses them: one pass of triangles instead of a stencil pass and a cover
    // pass over the bounding box, which halves the first frame's fill work under llvmpipe.
    std::vector<geo::Vec2> triangles;
    // Memos for targets that keep each shape once (path_identity.hpp), filled in by the
    // core's MapPathsCache, which projects a shape once for many figures: the path's
    // path_identity() (0: not worked out), and for a path whose rings are other paths'
    // rings in order (the map's outlines: every state's rings), those paths' identities.
    std::uint64_t identity = 0;
    std::vector<std::uint64_t> part_identities;
    bool empty() const { return rings.empty(); }
};

struct Segment {
    geo::Vec2 from, to;
};

enum class FontWeight { Regular, Bold };

// What a filled shape stands for, for formats that can keep it (SVG and HTML data-
// attributes, element ids). Raster targets ignore it.
struct ShapeTags {
    std::string id;         // "state-TX", "callout-RI"; empty: none
    std::string usps;       // data-usps; empty: not a state
    std::string value;      // data-value: the figure as a plain number; empty for no data
    std::string class_key;  // data-class: "0".."8" or "no-data"; empty: not classed
    bool is_state() const { return !usps.empty(); }
};

class DrawTarget {
public:
    virtual ~DrawTarget() = default;

    virtual void fill_rect(const geo::Box& box, Rgba color, const ShapeTags& tags = {}) = 0;
    virtual void stroke_rect(const geo::Box& box, Rgba color, double width_px) = 0;
    virtual void fill_path(const PixelPath& path, Rgba color, const ShapeTags& tags = {}) = 0;
    virtual void stroke_path(const PixelPath& path, Rgba color, double width_px) = 0;
    // Open straight lines (callout leader lines), butt-ended.
    virtual void stroke_segments(const std::vector<Segment>& lines, Rgba color, double width_px) = 0;
    // Straight lines drawn only where they fall inside `clip` (the no-data hatch).
    virtual void stroke_lines_within(const PixelPath& clip, const std::vector<Segment>& lines, Rgba color,
                                     double width_px) = 0;
    // Text whose em box has its top-left corner at slot.top_left: the baseline lies one
    // font ascent below it.
    virtual void text(const TextSlot& slot, std::string_view utf8, Rgba color, FontWeight weight) = 0;
    // Clips everything drawn until the matching pop_clip() to `box` (nested clips intersect).
    virtual void push_clip(const geo::Box& box) = 0;
    virtual void pop_clip() = 0;
    // Groups: a format that has them (SVG, HTML) wraps what is drawn until end_group() in
    // one element with these tags; others ignore them.
    virtual void begin_group(const ShapeTags&) {}
    virtual void end_group() {}
};

}  // namespace medmap::figure
