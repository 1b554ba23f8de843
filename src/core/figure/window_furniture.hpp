#pragma once
// The window's furniture as overlays the one painter draws: side panel, tooltip, status
// message, find field, help and the save dialog. Every size, position and text is decided
// here, for any window size, so tests can check them without a display.
#include <string>
#include <vector>

#include "core/figure/figure.hpp"
#include "core/figure/layout.hpp"
#include "core/figure/overlay.hpp"
#include "core/figure/state_report.hpp"
#include "core/figure/text_measure.hpp"
#include "core/figure/window_layout.hpp"

namespace medmap::figure {

// What every furniture piece needs: the theme, the text size and the backend's measure.
struct FurnitureStyle {
    ThemeColors colors;
    double text_px = 14;
    TextMeasure measure;
};

Overlay side_panel_overlay(const WindowLayout& layout, std::size_t selected,
                           const std::vector<std::string>& status_lines, const FurnitureStyle& style);

// The tooltip near `anchor`, kept inside `bounds` (the window).
Overlay tooltip_overlay(const StateReport& report, geo::Vec2 anchor, const geo::Box& bounds,
                        const FurnitureStyle& style);

// A one-line message over the map's lower left, never over the legend.
Overlay status_overlay(const std::string& text, const FigureLayout& figure_layout, const FurnitureStyle& style);

// The find field lists at most this many candidates.
inline constexpr std::size_t kFindCandidates = 6;

// The find field at the top of the map: what was typed, and the candidates below it
// (`selected` is the one Enter takes).
Overlay find_overlay(const std::string& query, const std::vector<std::string>& candidates, std::size_t selected,
                     const FigureLayout& figure_layout, const FurnitureStyle& style);

// The key help, centred in `bounds`. Text shrinks (to 11 px) to fit the width; a list
// still too tall scrolls: `scroll` rows are skipped, and `max_scroll` gets the most that
// can be.
Overlay help_overlay(const geo::Box& bounds, std::size_t scroll, const FurnitureStyle& style,
                     std::size_t* max_scroll = nullptr);

// Ctrl+Shift+S: rows of choices with the chosen one marked, centred in `bounds`.
struct ChoiceRow {
    std::string name;                  // "Format"
    std::vector<std::string> options;  // "PNG", "SVG", "PDF"
    std::size_t chosen = 0;
};
Overlay dialog_overlay(const std::string& title, const std::vector<ChoiceRow>& rows, std::size_t active_row,
                       const std::string& hint, const geo::Box& bounds, const FurnitureStyle& style);

// `text` cut with a trailing "…" to at most `width` pixels.
std::string elided(const std::string& text, double width, double size_px, bool bold, const TextMeasure& measure);

}  // namespace medmap::figure
