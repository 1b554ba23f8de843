#include "window/sfml_target.hpp"

#include <SFML/OpenGL.hpp>
#include <algorithm>
#include <cmath>

namespace medmap::window {

namespace {

sf::Vector2f pt(geo::Vec2 p) { return {static_cast<float>(p.x), static_cast<float>(p.y)}; }

// A line `width` wide from a to b as two triangles, extended by half the width at both
// ends so consecutive segments of an outline meet without a notch.
void append_line(sf::VertexArray& quads, geo::Vec2 a, geo::Vec2 b, double width, const sf::Color& color, bool extend) {
    const double dx = b.x - a.x, dy = b.y - a.y, len = std::hypot(dx, dy);
    if (len == 0) return;
    const double ux = dx / len, uy = dy / len, h = width / 2;
    if (extend) {
        a = {a.x - ux * h, a.y - uy * h};
        b = {b.x + ux * h, b.y + uy * h};
    }
    const geo::Vec2 n{-uy * h, ux * h};
    const sf::Vector2f p0 = pt({a.x + n.x, a.y + n.y}), p1 = pt({b.x + n.x, b.y + n.y});
    const sf::Vector2f p2 = pt({b.x - n.x, b.y - n.y}), p3 = pt({a.x - n.x, a.y - n.y});
    for (const sf::Vector2f& p : {p0, p1, p2, p0, p2, p3}) quads.append(sf::Vertex(p, color));
}

}  // namespace

sf::Color to_sf(const figure::Rgba& c) { return {c.r, c.g, c.b, c.a}; }

SfmlTarget::SfmlTarget(sf::RenderTarget& target, const Fonts& fonts) : target_(target), fonts_(fonts) {}

void SfmlTarget::drew(const geo::Box& box) { drawn_.include(box); }

void SfmlTarget::drew(const sf::FloatRect& r) {
    if (r.width > 0 && r.height > 0) drew(geo::Box{r.left, r.top, r.left + r.width, r.top + r.height});
}

SfmlTarget::~SfmlTarget() {  // clear_rect() leaves the scissor as the clips set it
    if (!clips_.empty() && target_.setActive(true)) glDisable(GL_SCISSOR_TEST);
}

// Rectangles snap to whole pixels and frames are whole pixels wide, drawn inside the
// box: crisp panel, swatch and box edges, as the raster export draws them.
namespace {
geo::Box snapped(const geo::Box& b) {
    return {std::round(b.min_x), std::round(b.min_y), std::round(b.max_x), std::round(b.max_y)};
}
}  // namespace

void SfmlTarget::fill_rect(const geo::Box& box, figure::Rgba color, const figure::ShapeTags&) {
    const geo::Box b = snapped(box);
    if (b.width() <= 0 || b.height() <= 0) return;
    if (color.a == 255) {
        clear_rect(b, color);
    } else {
        sf::RectangleShape r({static_cast<float>(b.width()), static_cast<float>(b.height())});
        r.setPosition(pt({b.min_x, b.min_y}));
        r.setFillColor(to_sf(color));
        target_.draw(r);
    }
    drew(b);
}

// An opaque rectangle is a clear of the scissored area: under llvmpipe, a block fill of
// whole tiles rather than a shaded pixel each (a tooltip's box is ~300,000 pixels), and
// the same pixels as the shape: whole pixels, as the rectangle is snapped to them.
void SfmlTarget::clear_rect(const geo::Box& b, figure::Rgba color) {
    const double s = device_scale();
    geo::Box area{b.min_x * s, b.min_y * s, b.max_x * s, b.max_y * s};
    if (const auto clip = device_clip()) {
        area = area.intersection(*clip);
        if (area.width() <= 0 || area.height() <= 0) return;
    }
    target_.setActive(true);
    scissor_to(area);
    glClearColor(color.r / 255.0f, color.g / 255.0f, color.b / 255.0f, color.a / 255.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    apply_scissor();
}

void SfmlTarget::stroke_rect(const geo::Box& box, figure::Rgba color, double width_px) {
    // Four bars inside the box, not an sf::RectangleShape outline: a shape also draws its
    // (transparent) fill, which blends every pixel of the box for nothing.
    const geo::Box b = snapped(box);
    const double w = std::min({std::max(1.0, std::round(width_px)), b.width() / 2, b.height() / 2});
    if (w <= 0) return;
    const sf::Color c = to_sf(color);
    sf::VertexArray bars(sf::Triangles);
    auto bar = [&](double x0, double y0, double x1, double y1) {
        if (x1 <= x0 || y1 <= y0) return;
        const sf::Vector2f a = pt({x0, y0}), bb = pt({x1, y0}), cc = pt({x1, y1}), d = pt({x0, y1});
        for (const sf::Vector2f& p : {a, bb, cc, a, cc, d}) bars.append(sf::Vertex(p, c));
    };
    bar(b.min_x, b.min_y, b.max_x, b.min_y + w);
    bar(b.min_x, b.max_y - w, b.max_x, b.max_y);
    bar(b.min_x, b.min_y + w, b.min_x + w, b.max_y - w);
    bar(b.max_x - w, b.min_y + w, b.max_x, b.max_y - w);
    target_.draw(bars);
    drew(b);
}

geo::Box SfmlTarget::stencil_path(const figure::PixelPath& path) {
    // A fan from one pivot over every edge of every ring covers each point as often as
    // the rings wind around it; inverting the stencil per covering triangle leaves the
    // odd ones marked: the even-odd rule, for any rings, holes included.
    geo::Box bounds;
    sf::VertexArray fan(sf::Triangles);
    geo::Vec2 pivot;
    bool have_pivot = false;
    for (const geo::Ring& ring : path.rings) {
        if (ring.size() < 3) continue;
        if (!have_pivot) pivot = ring[0], have_pivot = true;
        for (std::size_t i = 0; i < ring.size(); ++i) {
            const geo::Vec2& a = ring[i];
            const geo::Vec2& b = ring[(i + 1) % ring.size()];
            bounds.include(a);
            for (const geo::Vec2& p : {pivot, a, b}) fan.append(sf::Vertex(pt(p), sf::Color::White));
        }
    }
    if (!have_pivot) return {};
    target_.setActive(true);
    glEnable(GL_STENCIL_TEST);
    glStencilMask(0xFF);
    glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
    glStencilFunc(GL_ALWAYS, 0, 0xFF);
    glStencilOp(GL_KEEP, GL_KEEP, GL_INVERT);
    target_.draw(fan);
    target_.setActive(true);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    return bounds;
}

void SfmlTarget::cover(const geo::Box& box, const sf::Color& color, bool draw_colour) {
    target_.setActive(true);
    glStencilFunc(GL_NOTEQUAL, 0, 0xFF);
    glStencilOp(GL_ZERO, GL_ZERO, GL_ZERO);  // unmark as we go: the buffer ends clear
    if (!draw_colour) glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
    sf::RectangleShape r({static_cast<float>(box.width() + 2), static_cast<float>(box.height() + 2)});
    r.setPosition(pt({box.min_x - 1, box.min_y - 1}));
    r.setFillColor(color);
    target_.draw(r);
    target_.setActive(true);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glDisable(GL_STENCIL_TEST);
}

void SfmlTarget::fill_path(const figure::PixelPath& path, figure::Rgba color, const figure::ShapeTags&) {
    if (!path.triangles.empty()) {  // the core's triangulation of the same area: one pass
        sf::VertexArray triangles(sf::Triangles, path.triangles.size());
        const sf::Color c = to_sf(color);
        for (std::size_t i = 0; i < path.triangles.size(); ++i) triangles[i] = sf::Vertex(pt(path.triangles[i]), c);
        target_.draw(triangles);
        drew(triangles.getBounds());
        return;
    }
    const geo::Box bounds = stencil_path(path);
    if (!bounds.empty()) cover(bounds, to_sf(color), true);
    else glDisable(GL_STENCIL_TEST);
    drew(bounds);
}

void SfmlTarget::stroke_path(const figure::PixelPath& path, figure::Rgba color, double width_px) {
    sf::VertexArray quads(sf::Triangles);
    const sf::Color c = to_sf(color);
    for (const geo::Ring& ring : path.rings) {
        if (ring.size() < 2) continue;
        for (std::size_t i = 0; i < ring.size(); ++i)
            append_line(quads, ring[i], ring[(i + 1) % ring.size()], width_px, c, true);
    }
    target_.draw(quads);
    drew(quads.getBounds());
}

void SfmlTarget::stroke_segments(const std::vector<figure::Segment>& lines, figure::Rgba color, double width_px) {
    sf::VertexArray quads(sf::Triangles);
    for (const figure::Segment& s : lines) append_line(quads, s.from, s.to, width_px, to_sf(color), false);
    target_.draw(quads);
    drew(quads.getBounds());
}

void SfmlTarget::stroke_lines_within(const figure::PixelPath& clip, const std::vector<figure::Segment>& lines,
                                     figure::Rgba color, double width_px) {
    const geo::Box bounds = stencil_path(clip);
    if (bounds.empty()) {
        glDisable(GL_STENCIL_TEST);
        return;
    }
    target_.setActive(true);
    glStencilFunc(GL_NOTEQUAL, 0, 0xFF);
    glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
    stroke_segments(lines, color, width_px);
    cover(bounds, sf::Color::Transparent, false);
}

void SfmlTarget::text(const figure::TextSlot& slot, std::string_view utf8, figure::Rgba color,
                      figure::FontWeight weight) {
    if (utf8.empty()) return;
    const sf::Font& font = weight == figure::FontWeight::Bold ? fonts_.bold : fonts_.regular;
    const sf::Text text = make_text(font, std::string(utf8), slot, to_sf(color), device_scale());
    target_.draw(text);
    drew(text.getGlobalBounds());
}

double SfmlTarget::device_scale() const {
    return static_cast<double>(target_.getSize().x) / target_.getView().getSize().x;
}

std::optional<geo::Box> SfmlTarget::device_clip() const {
    if (clips_.empty()) return std::nullopt;
    geo::Box b = clips_.front();
    for (const geo::Box& c : clips_) b = b.intersection(c);
    // In device pixels: the view may be scaled.
    const double s = device_scale();
    return geo::Box{b.min_x * s, b.min_y * s, b.max_x * s, b.max_y * s};
}

void SfmlTarget::scissor_to(const geo::Box& b) {
    // OpenGL counts rows from the bottom.
    const double h = target_.getSize().y;
    const auto x0 = static_cast<GLint>(std::floor(b.min_x)), y0 = static_cast<GLint>(std::floor(h - b.max_y));
    const auto w = static_cast<GLsizei>(std::max(0.0, std::ceil(b.max_x) - x0));
    const auto hh = static_cast<GLsizei>(std::max(0.0, std::ceil(h - b.min_y) - y0));
    glEnable(GL_SCISSOR_TEST);
    glScissor(x0, y0, w, hh);
}

void SfmlTarget::apply_scissor() {
    target_.setActive(true);
    if (const auto clip = device_clip()) scissor_to(*clip);
    else glDisable(GL_SCISSOR_TEST);
}

void SfmlTarget::push_clip(const geo::Box& box) {
    clips_.push_back(box);
    apply_scissor();
}

void SfmlTarget::pop_clip() {
    if (!clips_.empty()) clips_.pop_back();
    apply_scissor();
}

}  // namespace medmap::window
