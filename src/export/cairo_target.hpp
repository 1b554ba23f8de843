#pragma once
// figure::DrawTarget on a Cairo context: PNG (image surface) and PDF (vector surface, real text).
#include <cairo.h>

#include "core/figure/draw_target.hpp"

namespace medmap::exporter {

class CairoTarget final : public figure::DrawTarget {
public:
    enum class Surface { Raster, Vector };
    // On a raster surface rectangles snap to whole device pixels (crisp panel and swatch
    // edges) and shapes use Cairo's fast antialiasing; vector surfaces keep the exact layout.
    CairoTarget(cairo_t* cr, Surface surface);

    void fill_rect(const geo::Box& box, figure::Rgba color, const figure::ShapeTags&) override;
    void stroke_rect(const geo::Box& box, figure::Rgba color, double width_px) override;
    void fill_path(const figure::PixelPath& path, figure::Rgba color, const figure::ShapeTags&) override;
    void stroke_path(const figure::PixelPath& path, figure::Rgba color, double width_px) override;
    void stroke_segments(const std::vector<figure::Segment>& lines, figure::Rgba color, double width_px) override;
    void stroke_lines_within(const figure::PixelPath& clip, const std::vector<figure::Segment>& lines, figure::Rgba color,
                             double width_px) override;
    void text(const figure::TextSlot& slot, std::string_view utf8, figure::Rgba color,
              figure::FontWeight weight) override;
    void push_clip(const geo::Box& box) override;
    void pop_clip() override;

private:
    void set_color(figure::Rgba color);
    void append_path(const figure::PixelPath& path);
    geo::Box snapped(const geo::Box& box) const;

    cairo_t* cr_;
    bool raster_;
};

}  // namespace medmap::exporter
