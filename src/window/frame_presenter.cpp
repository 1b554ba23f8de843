#include "window/frame_presenter.hpp"

#include <SFML/OpenGL.hpp>
#include <algorithm>
#include <array>
#include <cmath>

#include "window/pixel_rects.hpp"

namespace medmap::window {

namespace {

// Antialiased glyph edges and stroke joins may reach a pixel past the bounds SFML reports.
constexpr int kRepairMarginPx = 2;

std::array<GLubyte, 4> back_buffer_corner(sf::RenderWindow& window) {
    std::array<GLubyte, 4> px{};
    if (window.setActive(true)) {
        glReadBuffer(GL_BACK);
        glReadPixels(0, 0, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, px.data());
    }
    return px;
}

}  // namespace

bool back_buffer_survives_swap(sf::RenderWindow& window) {
    // Two distinct frames: a driver that exchanges two buffers hands back the first one
    // after the second swap, so only a buffer kept across the swap reads the second.
    const std::array<sf::Color, 2> probes{sf::Color(17, 34, 51), sf::Color(68, 85, 102)};
    bool kept = true;
    for (const sf::Color& c : probes) {
        window.clear(c);
        window.display();
        const auto px = back_buffer_corner(window);
        kept = kept && px[0] == c.r && px[1] == c.g && px[2] == c.b;
    }
    return kept;
}

FramePresenter::FramePresenter(sf::RenderWindow& window)
    : window_(window), blit_(window), sub_buffer_(window), keeps_back_buffer_(back_buffer_survives_swap(window)) {}

void FramePresenter::restore(const sf::Texture& cache, const std::vector<sf::IntRect>& hidden) {
    std::vector<sf::IntRect> copies;
    show_whole_ = whole_ || !keeps_back_buffer_;
    if (show_whole_) {
        const auto size = window_.getSize();
        copies.push_back({0, 0, static_cast<int>(size.x), static_cast<int>(size.y)});
    } else {
        for (const sf::IntRect& drawn : drawn_)
            for (const sf::IntRect& r : uncovered(drawn, hidden)) copies.push_back(r);
    }
    if (!copies_prepared_ || !blit_.copy(cache, copies)) {
        for (const sf::IntRect& r : copies) {
            sf::Sprite patch(cache, r);
            patch.setPosition(static_cast<float>(r.left), static_cast<float>(r.top));
            window_.draw(patch, sf::RenderStates(sf::BlendNone));
        }
    }
    whole_ = false;
    drawn_.clear();
    changed_ = copies;
}

void FramePresenter::prepare_copies(const sf::Texture& cache) {
    const sf::IntRect pixel{0, 0, 1, 1};
    if (!blit_.copy(cache, {pixel})) return;
    copies_prepared_ = true;
    drawn_.push_back(pixel);  // the next frame repairs it, should an overlay have covered it
}

void FramePresenter::drew(const geo::Box& box) {
    if (box.empty()) return;
    const auto size = window_.getSize();
    const int x0 = std::max(0, static_cast<int>(std::floor(box.min_x)) - kRepairMarginPx);
    const int y0 = std::max(0, static_cast<int>(std::floor(box.min_y)) - kRepairMarginPx);
    const int x1 = std::min(static_cast<int>(size.x), static_cast<int>(std::ceil(box.max_x)) + kRepairMarginPx);
    const int y1 = std::min(static_cast<int>(size.y), static_cast<int>(std::ceil(box.max_y)) + kRepairMarginPx);
    if (x1 > x0 && y1 > y0) {
        drawn_.push_back({x0, y0, x1 - x0, y1 - y0});
        changed_.push_back(drawn_.back());
    }
}

void FramePresenter::present() {
    const bool in_part = !show_whole_ && sub_buffer_.present(changed_);
    if (!in_part) window_.display();
    shown_in_part_ = in_part;
    changed_.clear();
}

void FramePresenter::settle() {
    if (!shown_in_part_) return;
    window_.display();
    shown_in_part_ = false;
}

}  // namespace medmap::window
