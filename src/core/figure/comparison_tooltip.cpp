#include "core/figure/comparison_tooltip.hpp"

#include <algorithm>
#include <array>

#include "core/figure/furniture_parts.hpp"
#include "core/figure/window_layout.hpp"

namespace medmap::figure {

namespace {

constexpr std::size_t kColumns = 5;  // label, first state, second state, US, difference

// Column heads are bold, and so are the two states' figures.
bool is_bold(std::size_t column, bool is_head) { return is_head ? column > 0 : column == 1 || column == 2; }

std::array<std::string, kColumns> cells(const ComparisonLine& line) {
    return {line.label, line.first, line.second, line.us, line.difference};
}

std::array<std::string, kColumns> heads(const StateComparison& c) {
    return {"", c.first_head, c.second_head, c.us_head, c.difference_head};
}

// Each column as wide as its widest cell or head; the table as wide as its columns (a
// text size apart) or its heading and notes, plus the padding.
struct Columns {
    std::array<double, kColumns> width{};
    double total = 0;
};

Columns measure(const StateComparison& c, const FurnitureStyle& s, double px) {
    Columns m;
    auto widen = [&](const std::array<std::string, kColumns>& row, bool is_head) {
        for (std::size_t k = 0; k < kColumns; ++k)
            m.width[k] = std::max(m.width[k], width_of(s, row[k], px, is_bold(k, is_head)));
    };
    widen(heads(c), true);
    for (const ComparisonLine& line : c.lines) widen(cells(line), false);
    double columns = 0;
    for (double w : m.width) columns += w;
    columns += px * static_cast<double>(kColumns - 1);
    m.total = std::max({columns, width_of(s, c.heading, px * 1.25, true), width_of(s, c.subheading, px, false),
                        width_of(s, c.rank_note, px * 0.9, false), width_of(s, c.note, px * 0.9, false)}) +
              2 * px * 0.8;
    return m;
}

}  // namespace

Overlay comparison_tooltip_overlay(const StateComparison& c, geo::Vec2 anchor, const geo::Box& bounds,
                                   const FurnitureStyle& s) {
    const double room = bounds.width() - 4;
    const double full = measure(c, s, s.text_px).total;
    const double px = full > room ? std::max(9.0, s.text_px * room / full) : s.text_px;
    const Columns m = measure(c, s, px);
    const double pad = px * 0.8, line_h = px * 1.5;
    const std::size_t notes = (c.rank_note.empty() ? 0 : 1) + (c.note.empty() ? 0 : 1);
    const double height = pad + px * 1.6 + line_h + line_h * static_cast<double>(1 + c.lines.size()) +
                          px * 1.3 * static_cast<double>(notes) + pad;
    const geo::Box box = place_tooltip(anchor, {m.total, height}, bounds);
    Overlay o;
    o.boxes.push_back(framed(box, s));
    const double x = box.min_x + pad;
    double y = box.min_y + pad;
    o.texts.push_back(text_at({x, y}, px * 1.25, c.heading, s.colors.text, FontWeight::Bold));
    y += px * 1.6;
    o.texts.push_back(text_at({x, y}, px, c.subheading, s.colors.muted_text, FontWeight::Regular));
    y += line_h;
    auto row = [&](const std::array<std::string, kColumns>& texts, bool is_head) {
        double cx = x;
        for (std::size_t k = 0; k < kColumns; ++k) {
            const bool value = k == 1 || k == 2;
            const bool bold = is_bold(k, is_head);
            o.texts.push_back(text_at({cx, y}, px, texts[k], value && !is_head ? s.colors.text : s.colors.muted_text,
                                      bold ? FontWeight::Bold : FontWeight::Regular));
            cx += m.width[k] + px;
        }
        y += line_h;
    };
    row(heads(c), true);
    for (const ComparisonLine& line : c.lines) row(cells(line), false);
    for (const std::string* note : {&c.rank_note, &c.note}) {
        if (note->empty()) continue;
        o.texts.push_back(text_at({x, y}, px * 0.9, *note, s.colors.muted_text, FontWeight::Regular));
        y += px * 1.3;
    }
    return o;
}

}  // namespace medmap::figure
