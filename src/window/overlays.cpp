#include "window/overlays.hpp"

#include <algorithm>

#include "window/choropleth_layer.hpp"
#include "window/figure_painter.hpp"

namespace medmap::window {

namespace {
sf::Vector2f at(double x, double y) { return {static_cast<float>(x), static_cast<float>(y)}; }
}  // namespace

const std::vector<std::pair<std::string, std::string>>& key_help() {
    static const std::vector<std::pair<std::string, std::string>> keys = {
        {"Up / Down, click", "previous / next specialty"},
        {"1-9, 0, -, =", "pick one of the twelve specialties"},
        {"M", "next metric: median wage, mean wage, growth, openings, employment"},
        {"C  /  [  ]", "classification method  /  fewer or more classes"},
        {"L", "state labels on / off"},
        {"D", "difference from US on / off"},
        {"Wheel, + / PgUp, PgDn / keypad -", "zoom about the cursor"},
        {"Drag", "pan"},
        {"R", "reset the view"},
        {"Tab / Shift+Tab", "step through states alphabetically"},
        {"type a name or USPS code", "jump to that state ( / first for names starting M, C, R, L, D)"},
        {"Esc", "clear the selection / close this help"},
        {"Ctrl+S", "save the current view"},
        {"F1 or ?", "show or hide these keys"},
    };
    return keys;
}

void draw_tooltip(sf::RenderTarget& target, const Fonts& fonts, const figure::StateReport& report,
                  const figure::ThemeColors& colors, sf::Vector2f cursor, const geo::Box& bounds, double text_px) {
    const double pad = text_px * 0.8, line_h = text_px * 1.5;
    // Measure three columns: label, value, comparison.
    std::vector<sf::Text> labels, values, comparisons;
    float w_label = 0, w_value = 0, w_cmp = 0;
    for (const auto& line : report.lines) {
        labels.push_back(make_text(fonts.regular, line.label, text_px, {}, to_sf(colors.muted_text)));
        values.push_back(make_text(fonts.bold, line.value, text_px, {}, to_sf(colors.text)));
        comparisons.push_back(make_text(fonts.regular, line.comparison, text_px, {}, to_sf(colors.muted_text)));
        w_label = std::max(w_label, text_width(labels.back()));
        w_value = std::max(w_value, text_width(values.back()));
        w_cmp = std::max(w_cmp, text_width(comparisons.back()));
    }
    auto heading = make_text(fonts.bold, report.heading, text_px * 1.25, {}, to_sf(colors.text));
    auto sub = make_text(fonts.regular, report.subheading, text_px, {}, to_sf(colors.muted_text));
    const double gap = text_px;
    const double width = std::max<double>({w_label + gap + w_value + gap + w_cmp, text_width(heading), text_width(sub)}) + 2 * pad;
    const double height = pad + text_px * 1.6 + line_h + static_cast<double>(report.lines.size()) * line_h + pad;

    const geo::Box box = figure::place_tooltip({cursor.x, cursor.y}, {width, height}, bounds);
    auto panel = make_box(box, to_sf(colors.panel));
    panel.setOutlineColor(to_sf(colors.muted_text));
    panel.setOutlineThickness(-1.f);
    target.draw(panel);

    double y = box.min_y + pad;
    heading.setPosition(at(box.min_x + pad, y));
    target.draw(heading);
    y += text_px * 1.6;
    sub.setPosition(at(box.min_x + pad, y));
    target.draw(sub);
    y += line_h;
    for (std::size_t i = 0; i < labels.size(); ++i, y += line_h) {
        labels[i].setPosition(at(box.min_x + pad, y));
        values[i].setPosition(at(box.min_x + pad + w_label + gap, y));
        comparisons[i].setPosition(at(box.min_x + pad + w_label + gap + w_value + gap, y));
        target.draw(labels[i]);
        target.draw(values[i]);
        target.draw(comparisons[i]);
    }
}

void draw_side_panel(sf::RenderTarget& target, const Fonts& fonts, const figure::WindowLayout& layout,
                     std::size_t selected, const std::vector<std::string>& status_lines,
                     const figure::ThemeColors& colors) {
    target.draw(make_box(layout.panel, to_sf(colors.panel)));
    const double px = layout.text_px;
    target.draw(make_text(fonts.bold, "Specialty", px * 1.1, at(layout.panel_heading.x, layout.panel_heading.y),
                          to_sf(colors.text)));
    for (std::size_t i = 0; i < layout.specialty_rows.size(); ++i) {
        const auto& row = layout.specialty_rows[i];
        const bool is_selected = i == selected;
        if (is_selected) {
            target.draw(make_box(row.box, to_sf(colors.text)));
        }
        const sf::Color fg = to_sf(is_selected ? colors.panel : colors.text);
        const double y = row.box.min_y + (row.box.height() - px) / 2 - px * 0.1;
        target.draw(make_text(fonts.bold, row.key, px, at(px, y), is_selected ? fg : to_sf(colors.muted_text)));
        auto label = make_text(is_selected ? fonts.bold : fonts.regular, row.label, px, at(px * 2.6, y), fg);
        elide_to_width(label, static_cast<float>(row.box.max_x - px * 2.6 - px * 0.6));
        target.draw(label);
    }
    double y = layout.metric_hint.y;
    for (const auto& line : status_lines) {
        target.draw(make_text(fonts.regular, line, px * 0.95, at(layout.metric_hint.x, y), to_sf(colors.muted_text)));
        y += px * 1.45;
    }
}

void draw_help(sf::RenderTarget& target, const Fonts& fonts, const geo::Box& bounds,
               const figure::ThemeColors& colors, double text_px) {
    const auto& keys = key_help();
    const double line_h = text_px * 1.7, pad = text_px * 1.5;
    float key_w = 0, desc_w = 0;
    for (const auto& [key, desc] : keys) {
        key_w = std::max(key_w, text_width(make_text(fonts.bold, key, text_px, {}, sf::Color::Black)));
        desc_w = std::max(desc_w, text_width(make_text(fonts.regular, desc, text_px, {}, sf::Color::Black)));
    }
    const double w = key_w + desc_w + 3 * pad, h = static_cast<double>(keys.size() + 1) * line_h + 2 * pad;
    const auto c = bounds.center();
    const geo::Box box{c.x - w / 2, c.y - h / 2, c.x + w / 2, c.y + h / 2};
    auto panel = make_box(box, to_sf(colors.panel));
    panel.setOutlineColor(to_sf(colors.text));
    panel.setOutlineThickness(-1.5f);
    target.draw(panel);
    double y = box.min_y + pad;
    target.draw(make_text(fonts.bold, "Keys", text_px * 1.2, at(box.min_x + pad, y), to_sf(colors.text)));
    y += line_h;
    for (const auto& [key, desc] : keys) {
        target.draw(make_text(fonts.bold, key, text_px, at(box.min_x + pad, y), to_sf(colors.text)));
        target.draw(make_text(fonts.regular, desc, text_px, at(box.min_x + 2 * pad + key_w, y), to_sf(colors.text)));
        y += line_h;
    }
}

}  // namespace medmap::window
