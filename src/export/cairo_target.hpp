#pragma once
// DrawTarget on a Cairo context: PNG (image surface) and PDF (vector surface, real text).
#include <cairo.h>

#include "export/draw_target.hpp"

namespace medmap::exporter {

class CairoTarget final : public DrawTarget {
public:
    enum class Surface { Raster, Vector };
    // On a raster surface rectangles snap to whole device pixels (crisp panel and swatch
    // edges) and shapes use Cairo's fast antialiasing; vector surfaces keep the exact layout.
    CairoTarget(cairo_t* cr, Surface surface);

    void fill_rect(const geo::Box& box, figure::Rgba color) override;
    void stroke_rect(const geo::Box& box, figure::Rgba color, double width_px) override;
    void fill_path(const PixelPath& path, figure::Rgba color, std::string_view id) override;
    void stroke_path(const PixelPath& path, figure::Rgba color, double width_px) override;
    void stroke_segments(const std::vector<Segment>& lines, figure::Rgba color, double width_px) override;
    void stroke_lines_within(const PixelPath& clip, const std::vector<Segment>& lines, figure::Rgba color,
                             double width_px) override;
    void text(const figure::TextSlot& slot, std::string_view utf8, figure::Rgba color,
              FontWeight weight) override;
    void push_clip(const geo::Box& box) override;
    void pop_clip() override;

private:
    void set_color(figure::Rgba color);
    void append_path(const PixelPath& path);
    geo::Box snapped(const geo::Box& box) const;

    cairo_t* cr_;
    bool raster_;
};

}  // namespace medmap::exporter
