#pragma once
// The core painter's DrawTarget on an SFML render target (the window, or its cached
// figure texture). It only passes primitives to OpenGL: shapes are filled exactly, holes
// and all, from the core's triangles when the path carries them, else with the stencil
// buffer (even-odd rule, as Cairo fills); clips are scissor rectangles, lines are quads,
// text is sf::Text in the figure font.
#include <SFML/Graphics.hpp>
#include <optional>
#include <vector>

#include "core/figure/draw_target.hpp"
#include "window/text.hpp"

namespace medmap::window {

sf::Color to_sf(const figure::Rgba& c);

class SfmlTarget final : public figure::DrawTarget {
public:
    // `target` must have a stencil buffer (ContextSettings::stencilBits) for filled paths.
    SfmlTarget(sf::RenderTarget& target, const Fonts& fonts);
    ~SfmlTarget() override;
    SfmlTarget(const SfmlTarget&) = delete;
    SfmlTarget& operator=(const SfmlTarget&) = delete;

    // Text and clips.
    void text(const figure::TextSlot& slot, std::string_view utf8, figure::Rgba color,
              figure::FontWeight weight) override;
    void push_clip(const geo::Box& box) override;
    void pop_clip() override;
    // Lines: quads.
    void stroke_segments(const std::vector<figure::Segment>& lines, figure::Rgba color, double width_px) override;
    void stroke_path(const figure::PixelPath& path, figure::Rgba color, double width_px) override;
    void stroke_rect(const geo::Box& box, figure::Rgba color, double width_px) override;
    // Fills: triangles, or the stencil buffer (stroke_lines_within too, for its clip).
    void stroke_lines_within(const figure::PixelPath& clip, const std::vector<figure::Segment>& lines,
                             figure::Rgba color, double width_px) override;
    void fill_path(const figure::PixelPath& path, figure::Rgba color, const figure::ShapeTags& tags) override;
    void fill_rect(const geo::Box& box, figure::Rgba color, const figure::ShapeTags& tags) override;

    // Every pixel drawn through this target so far lies inside this box (empty: nothing
    // drawn). The window repairs only these areas on the next hover frame.
    const geo::Box& drawn_bounds() const { return drawn_; }

private:
    void drew(const geo::Box& box);
    void drew(const sf::FloatRect& rect);
    // Marks the path's inside (odd winding) in the stencil buffer; returns its bounds.
    geo::Box stencil_path(const figure::PixelPath& path);
    // Draws `box` in `color` where the stencil is marked, and unmarks it there.
    void cover(const geo::Box& box, const sf::Color& color, bool draw_colour);
    void clear_rect(const geo::Box& snapped_box, figure::Rgba opaque);
    // The clips' intersection in device pixels; none without clips.
    std::optional<geo::Box> device_clip() const;
    void scissor_to(const geo::Box& device_box);
    void apply_scissor();
    // Device pixels per figure pixel: 1, or 2 on the supersampled figure, whose view maps
    // the figure's pixels onto twice as many (views here start at 0,0 and are not rotated).
    double device_scale() const;

    sf::RenderTarget& target_;
    const Fonts& fonts_;
    std::vector<geo::Box> clips_;
    geo::Box drawn_;
};

}  // namespace medmap::window
