#pragma once
// A DrawTarget that draws nothing and only loads the glyphs the text calls will need.
//
// Why: SFML uploads each new glyph into its font texture as text is first drawn, and
// flushes OpenGL after every upload. Under a software driver (llvmpipe) each flush
// rasterises everything queued so far, so a figure whose text is new ends up drawn in
// dozens of small pieces, each paying for the whole multisampled surface. Walking the
// figure through this target first puts every upload before any drawing.
#include "core/figure/draw_target.hpp"
#include "window/text.hpp"

namespace medmap::window {

class GlyphPreloader final : public figure::DrawTarget {
public:
    // `device_scale`: device pixels per figure pixel on the target that will draw the text.
    explicit GlyphPreloader(const Fonts& fonts, double device_scale = 1) : fonts_(fonts), device_scale_(device_scale) {}

    void text(const figure::TextSlot& slot, std::string_view utf8, figure::Rgba color,
              figure::FontWeight weight) override;

    void fill_rect(const geo::Box&, figure::Rgba, const figure::ShapeTags&) override {}
    void stroke_rect(const geo::Box&, figure::Rgba, double) override {}
    void fill_path(const figure::PixelPath&, figure::Rgba, const figure::ShapeTags&) override {}
    void stroke_path(const figure::PixelPath&, figure::Rgba, double) override {}
    void stroke_segments(const std::vector<figure::Segment>&, figure::Rgba, double) override {}
    void stroke_lines_within(const figure::PixelPath&, const std::vector<figure::Segment>&, figure::Rgba,
                             double) override {}
    void push_clip(const geo::Box&) override {}
    void pop_clip() override {}

private:
    const Fonts& fonts_;
    double device_scale_;
};

}  // namespace medmap::window
