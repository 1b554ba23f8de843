#include "window/pixel_rects.hpp"

#include <algorithm>
#include <cmath>

namespace medmap::window {

sf::IntRect pixels_within(const geo::Box& box) {
    if (box.empty()) return {};
    const int x0 = static_cast<int>(std::ceil(box.min_x)), y0 = static_cast<int>(std::ceil(box.min_y));
    const int x1 = static_cast<int>(std::floor(box.max_x)), y1 = static_cast<int>(std::floor(box.max_y));
    if (x1 <= x0 || y1 <= y0) return {};
    return {x0, y0, x1 - x0, y1 - y0};
}

namespace {

// `r` minus `cut`: up to four pieces (the bands above and below the cut, then left and
// right of it between them).
void subtract(const sf::IntRect& r, const sf::IntRect& cut, std::vector<sf::IntRect>& out) {
    const int rx1 = r.left + r.width, ry1 = r.top + r.height;
    const int cx0 = std::max(r.left, cut.left), cy0 = std::max(r.top, cut.top);
    const int cx1 = std::min(rx1, cut.left + cut.width), cy1 = std::min(ry1, cut.top + cut.height);
    if (cx1 <= cx0 || cy1 <= cy0) {  // no overlap
        out.push_back(r);
        return;
    }
    if (cy0 > r.top) out.push_back({r.left, r.top, r.width, cy0 - r.top});
    if (ry1 > cy1) out.push_back({r.left, cy1, r.width, ry1 - cy1});
    if (cx0 > r.left) out.push_back({r.left, cy0, cx0 - r.left, cy1 - cy0});
    if (rx1 > cx1) out.push_back({cx1, cy0, rx1 - cx1, cy1 - cy0});
}

}  // namespace

std::vector<sf::IntRect> uncovered(const sf::IntRect& rect, const std::vector<sf::IntRect>& covers) {
    std::vector<sf::IntRect> pieces;
    if (rect.width > 0 && rect.height > 0) pieces.push_back(rect);
    for (const sf::IntRect& cut : covers) {
        if (cut.width <= 0 || cut.height <= 0) continue;
        std::vector<sf::IntRect> next;
        for (const sf::IntRect& piece : pieces) subtract(piece, cut, next);
        pieces = std::move(next);
    }
    return pieces;
}

}  // namespace medmap::window
