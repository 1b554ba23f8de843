#pragma once
// Whole-pixel rectangles for the hover frame's repair (frame_presenter.hpp): which pixels
// a box surely covers, and what is left of a rectangle once others are taken out of it.
#include <SFML/Graphics/Rect.hpp>
#include <vector>

#include "core/geo/geometry.hpp"

namespace medmap::window {

// The pixels lying wholly inside `box` (empty when none do).
sf::IntRect pixels_within(const geo::Box& box);

// The parts of `rect` outside every rectangle in `covers`, as disjoint rectangles.
std::vector<sf::IntRect> uncovered(const sf::IntRect& rect, const std::vector<sf::IntRect>& covers);

}  // namespace medmap::window
