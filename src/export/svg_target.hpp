#pragma once
// figure::DrawTarget that writes SVG itself. Cairo 1.16's SVG surface turns every glyph into an
// outline (<symbol>/<use>), so its text could not be selected, searched or edited on a
// slide; writing the same drawing calls as SVG elements keeps polygons as <path> and
// text as <text>. Coordinates are canvas pixels (the viewBox); `scale` only changes the
// document's width and height.
#include <string>

#include "core/figure/draw_target.hpp"

namespace medmap::exporter {

class SvgTarget final : public figure::DrawTarget {
public:
    SvgTarget(double width_px, double height_px, double scale);

    void fill_rect(const geo::Box& box, figure::Rgba color, const figure::ShapeTags& tags) override;
    void stroke_rect(const geo::Box& box, figure::Rgba color, double width_px) override;
    void fill_path(const figure::PixelPath& path, figure::Rgba color, const figure::ShapeTags& tags) override;
    void stroke_path(const figure::PixelPath& path, figure::Rgba color, double width_px) override;
    void stroke_segments(const std::vector<figure::Segment>& lines, figure::Rgba color, double width_px) override;
    void stroke_lines_within(const figure::PixelPath& clip, const std::vector<figure::Segment>& lines, figure::Rgba color,
                             double width_px) override;
    void text(const figure::TextSlot& slot, std::string_view utf8, figure::Rgba color,
              figure::FontWeight weight) override;
    void push_clip(const geo::Box& box) override;
    void pop_clip() override;

    // The finished document (closes any open clip group).
    std::string finish();

private:
    // One <path> of straight segments; `extra_attributes` (e.g. a clip-path) goes in its tag.
    void segments_path(const std::vector<figure::Segment>& lines, figure::Rgba color, double width_px,
                       const std::string& extra_attributes);
    std::string next_id(std::string_view prefix);

    std::string out_;
    int open_groups_ = 0;
    int next_id_ = 0;
};

}  // namespace medmap::exporter
