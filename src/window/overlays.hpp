#pragma once
// What the window draws over the cached figure: the hover tooltip, the side panel, the
// help overlay and a status line. Their content comes from the core; only pixels here.
#include <SFML/Graphics.hpp>
#include <string>
#include <vector>

#include "core/figure/figure.hpp"
#include "core/figure/state_report.hpp"
#include "core/figure/window_layout.hpp"
#include "window/text.hpp"

namespace medmap::window {

void draw_tooltip(sf::RenderTarget& target, const Fonts& fonts, const figure::StateReport& report,
                  const figure::ThemeColors& colors, sf::Vector2f cursor, const geo::Box& bounds, double text_px);

void draw_side_panel(sf::RenderTarget& target, const Fonts& fonts, const figure::WindowLayout& layout,
                     std::size_t selected, const std::vector<std::string>& status_lines,
                     const figure::ThemeColors& colors);

// Key help, centred in `bounds`.
void draw_help(sf::RenderTarget& target, const Fonts& fonts, const geo::Box& bounds,
               const figure::ThemeColors& colors, double text_px);

// The key table shown by F1 and in the README.
const std::vector<std::pair<std::string, std::string>>& key_help();

}  // namespace medmap::window
