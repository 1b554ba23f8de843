#pragma once
// The few drawing operations a figure needs, in canvas pixels. One painter walks the
// figure and calls these; Cairo (PNG, PDF) and the SVG writer implement them, so every
// format draws the same shapes, colours and text at the same places.
#include <string_view>
#include <vector>

#include "core/figure/color.hpp"
#include "core/figure/layout.hpp"
#include "core/geo/geometry.hpp"

namespace medmap::exporter {

// Closed rings in canvas pixels, filled with the even-odd rule so holes stay holes
// whatever the rings' orientation.
struct PixelPath {
    std::vector<geo::Ring> rings;
    bool empty() const { return rings.empty(); }
};

struct Segment {
    geo::Vec2 from, to;
};

enum class FontWeight { Regular, Bold };

class DrawTarget {
public:
    virtual ~DrawTarget() = default;

    virtual void fill_rect(const geo::Box& box, figure::Rgba color) = 0;
    virtual void stroke_rect(const geo::Box& box, figure::Rgba color, double width_px) = 0;
    // `id` names the shape where the format can keep it (an SVG element id); may be empty.
    virtual void fill_path(const PixelPath& path, figure::Rgba color, std::string_view id) = 0;
    virtual void stroke_path(const PixelPath& path, figure::Rgba color, double width_px) = 0;
    // Open straight lines (callout leader lines), butt-ended.
    virtual void stroke_segments(const std::vector<Segment>& lines, figure::Rgba color, double width_px) = 0;
    // Straight lines drawn only where they fall inside `clip` (the no-data hatch).
    virtual void stroke_lines_within(const PixelPath& clip, const std::vector<Segment>& lines,
                                     figure::Rgba color, double width_px) = 0;
    // Text whose em box has its top-left corner at slot.top_left: the baseline lies one
    // font ascent below it.
    virtual void text(const figure::TextSlot& slot, std::string_view utf8, figure::Rgba color,
                      FontWeight weight) = 0;
    // Clips everything drawn until the matching pop_clip() to `box`.
    virtual void push_clip(const geo::Box& box) = 0;
    virtual void pop_clip() = 0;
};

}  // namespace medmap::exporter
