#include "core/figure/window_furniture.hpp"

#include <algorithm>

#include "core/base/utf8_text.hpp"
#include "core/figure/furniture_parts.hpp"
#include "core/figure/key_table.hpp"
#include "core/figure/text_wrap.hpp"

namespace medmap::figure {

std::string elided(const std::string& text, double width, double size_px, bool bold, const TextMeasure& measure) {
    if (measure_text(measure, text, size_px, bold) <= width) return text;
    std::string cut = text;
    while (!cut.empty()) {
        cut = utf8_prefix(cut, utf8_length(cut) - 1);
        const std::string candidate = cut + "\u2026";
        if (measure_text(measure, candidate, size_px, bold) <= width) return candidate;
    }
    return {};
}

Overlay side_panel_overlay(const WindowLayout& layout, std::size_t selected,
                           const std::vector<std::string>& status_lines, const FurnitureStyle& s) {
    Overlay o;
    const double px = layout.text_px;
    o.boxes.push_back({layout.panel, s.colors.panel, {}, 0});
    o.texts.push_back(text_at(layout.panel_heading, px * 1.1, "Specialty", s.colors.text, FontWeight::Bold));
    const double label_x = px * 2.6;
    for (std::size_t i = 0; i < layout.specialty_rows.size(); ++i) {
        const PanelRow& row = layout.specialty_rows[i];
        const bool chosen = i == selected;
        if (chosen) o.boxes.push_back({row.box, s.colors.text, {}, 0});
        const Rgba fg = chosen ? s.colors.panel : s.colors.text;
        const double y = row.box.min_y + (row.box.height() - px) / 2 - px * 0.1;
        o.texts.push_back(text_at({px, y}, px, row.key, chosen ? fg : s.colors.muted_text, FontWeight::Bold));
        const FontWeight weight = chosen ? FontWeight::Bold : FontWeight::Regular;
        const double room = row.box.max_x - label_x - px * 0.6;
        o.texts.push_back(text_at({label_x, y}, px, elided(row.label, room, px, chosen, s.measure), fg, weight));
    }
    double y = layout.metric_hint.y;
    const double status_px = px * 0.95, room = layout.panel.width() - layout.metric_hint.x - px * 0.5;
    for (const std::string& line : status_lines) {
        o.texts.push_back(text_at({layout.metric_hint.x, y}, status_px, elided(line, room, status_px, false, s.measure),
                                  s.colors.muted_text, FontWeight::Regular));
        y += layout.status_line_h;
    }
    return o;
}

namespace {

// The tooltip's columns and total width at a text size (the gap between columns is
// one text size, the padding 0.8 of one).
struct TooltipColumns {
    double label = 0, value = 0, comparison = 0, rank = 0, width = 0;
};

// Why a "no data" line has none: a row of its own under the line, from the value column
// on (a reason is long; as a fourth column it would widen the whole tooltip).
bool has_reason_row(const ReportLine& line) { return line.rank.empty() && !line.no_data_reason.empty(); }

TooltipColumns tooltip_columns(const StateReport& report, const FurnitureStyle& s, double px) {
    TooltipColumns c;
    for (const ReportLine& line : report.lines) {
        c.label = std::max(c.label, width_of(s, line.label, px, false));
        c.value = std::max(c.value, width_of(s, line.value, px, true));
        c.comparison = std::max(c.comparison, width_of(s, line.comparison, px, false));
        c.rank = std::max(c.rank, width_of(s, line.rank, px, false));
    }
    double columns = c.label + px + c.value + px + c.comparison + (c.rank > 0 ? px + c.rank : 0);
    for (const ReportLine& line : report.lines)
        if (has_reason_row(line)) columns = std::max(columns, c.label + px + width_of(s, line.no_data_reason, px, false));
    c.width = std::max({columns, width_of(s, report.heading, px * 1.25, true), width_of(s, report.subheading, px, false)}) +
              2 * px * 0.8;
    return c;
}

}  // namespace

Overlay tooltip_overlay(const StateReport& report, geo::Vec2 anchor, const geo::Box& bounds, const FurnitureStyle& s) {
    // Smaller text (down to 9 px) where the window is narrower than the tooltip.
    const double room = bounds.width() - 4;
    const double full = tooltip_columns(report, s, s.text_px).width;
    const double px = full > room ? std::max(9.0, s.text_px * room / full) : s.text_px;
    const double pad = px * 0.8, line_h = px * 1.5, gap = px, heading_px = px * 1.25;
    const TooltipColumns c = tooltip_columns(report, s, px);
    const double w_label = c.label, w_value = c.value, w_cmp = c.comparison;
    const auto rows = static_cast<double>(
        report.lines.size() + static_cast<std::size_t>(std::count_if(report.lines.begin(), report.lines.end(), has_reason_row)));
    const double height = pad + px * 1.6 + line_h + rows * line_h + pad;
    const geo::Box box = place_tooltip(anchor, {c.width, height}, bounds);
    Overlay o;
    o.boxes.push_back(framed(box, s));
    double y = box.min_y + pad;
    const double x = box.min_x + pad;
    o.texts.push_back(text_at({x, y}, heading_px, report.heading, s.colors.text, FontWeight::Bold));
    y += px * 1.6;
    o.texts.push_back(text_at({x, y}, px, report.subheading, s.colors.muted_text, FontWeight::Regular));
    y += line_h;
    for (const ReportLine& line : report.lines) {
        o.texts.push_back(text_at({x, y}, px, line.label, s.colors.muted_text, FontWeight::Regular));
        o.texts.push_back(text_at({x + w_label + gap, y}, px, line.value, s.colors.text, FontWeight::Bold));
        o.texts.push_back(text_at({x + w_label + gap + w_value + gap, y}, px, line.comparison, s.colors.muted_text,
                                  FontWeight::Regular));
        o.texts.push_back(text_at({x + w_label + gap + w_value + gap + w_cmp + gap, y}, px, line.rank,
                                  s.colors.muted_text, FontWeight::Regular));
        y += line_h;
        if (has_reason_row(line)) {
            o.texts.push_back(text_at({x + w_label + gap, y}, px, line.no_data_reason, s.colors.muted_text,
                                      FontWeight::Regular));
            y += line_h;
        }
    }
    return o;
}

Overlay status_overlay(const std::string& text, const FigureLayout& fl, const FurnitureStyle& s) {
    Overlay o;
    if (text.empty()) return o;
    const double px = s.text_px, pad = px * 0.7;
    // Left of the legend's column, just above the source line: it covers a corner of the
    // Pacific, never the legend, the title or the source.
    const double room = std::max(px * 4, fl.legend.min_x - fl.map.min_x - px);
    const std::string shown = elided(text, room - 2 * pad, px, false, s.measure);
    const double w = width_of(s, shown, px, false) + 2 * pad, h = px * 1.9;
    const geo::Box box{fl.map.min_x, fl.map.max_y - h, fl.map.min_x + w, fl.map.max_y};
    o.boxes.push_back(framed(box, s));
    o.texts.push_back(text_at({box.min_x + pad, box.min_y + (h - px) / 2 - px * 0.1}, px, shown, s.colors.text,
                              FontWeight::Regular));
    return o;
}

Overlay find_overlay(const std::string& query, const std::vector<std::string>& candidates, std::size_t selected,
                     const FigureLayout& fl, const FurnitureStyle& s) {
    Overlay o;
    const double px = s.text_px, pad = px * 0.7, row_h = px * 1.7;
    const double w = std::min(fl.map.width(), px * 22);
    const double x = fl.map.min_x;
    double y = fl.map.min_y;
    const geo::Box field{x, y, x + w, y + row_h + pad};
    o.boxes.push_back({field, s.colors.background, s.colors.text, 1.5});
    const std::string prompt = "Find state: ";
    o.texts.push_back(text_at({x + pad, y + pad / 2 + (row_h - px) / 2}, px, prompt, s.colors.muted_text, FontWeight::Regular));
    const double query_x = x + pad + width_of(s, prompt, px, false);
    o.texts.push_back(text_at({query_x, y + pad / 2 + (row_h - px) / 2}, px,
                              elided(query + "_", field.max_x - pad - query_x, px, true, s.measure), s.colors.text,
                              FontWeight::Bold));
    y = field.max_y;
    const std::size_t shown = std::min(candidates.size(), kFindCandidates);
    if (candidates.empty() && !query.empty()) {
        o.boxes.push_back(framed({x, y, x + w, y + row_h}, s));
        o.texts.push_back(text_at({x + pad, y + (row_h - px) / 2}, px, "no state starts with that", s.colors.muted_text,
                                  FontWeight::Regular));
    }
    if (shown > 0) o.boxes.push_back(framed({x, y, x + w, y + row_h * static_cast<double>(shown)}, s));
    for (std::size_t i = 0; i < shown; ++i, y += row_h) {
        const bool chosen = i == selected;
        if (chosen) o.boxes.push_back({{x + 1, y + 1, x + w - 1, y + row_h - 1}, s.colors.text, {}, 0});
        o.texts.push_back(text_at({x + pad, y + (row_h - px) / 2}, px, elided(candidates[i], w - 2 * pad, px, chosen, s.measure),
                                  chosen ? s.colors.panel : s.colors.text, chosen ? FontWeight::Bold : FontWeight::Regular));
    }
    return o;
}

Overlay help_overlay(const geo::Box& bounds, std::size_t scroll, const FurnitureStyle& s, std::size_t* max_scroll) {
    const auto& rows = key_help();
    double px = s.text_px;
    auto widths = [&](double size) {
        double key_w = 0, desc_w = 0;
        for (const KeyHelpRow& r : rows) {
            key_w = std::max(key_w, width_of(s, r.keys, size, true));
            desc_w = std::max(desc_w, width_of(s, r.description, size, false));
        }
        return std::pair{key_w, desc_w};
    };
    auto [key_w, desc_w] = widths(px);
    const double margin = 8;
    const double fit = (bounds.width() - 2 * margin) / (key_w + desc_w + 4.5 * px);
    if (fit < 1) {
        px = std::max(11.0, px * fit);
        std::tie(key_w, desc_w) = widths(px);
    }
    const double pad = px * 1.5, line_h = px * 1.7;
    const double w = std::min(key_w + desc_w + 3 * pad, bounds.width() - 2 * margin);
    // A description wider than its column (a narrow window, at the smallest text size)
    // continues on the next lines; scrolling counts lines.
    struct Line {
        const std::string* keys;  // null on a continuation line
        std::string description;
    };
    std::vector<Line> lines;
    for (const KeyHelpRow& r : rows) {
        const std::vector<std::string> parts = wrapped(s.measure, r.description, px, w - 3 * pad - key_w, false);
        for (std::size_t i = 0; i < parts.size(); ++i) lines.push_back({i == 0 ? &r.keys : nullptr, parts[i]});
    }
    const double full_h = static_cast<double>(lines.size() + 1) * line_h + 2 * pad;
    const double h = std::min(full_h, bounds.height() - 2 * margin);
    const std::size_t visible = static_cast<std::size_t>(std::max(1.0, (h - 2 * pad) / line_h - 1));
    const std::size_t most = lines.size() > visible ? lines.size() - visible : 0;
    if (max_scroll) *max_scroll = most;
    scroll = std::min(scroll, most);
    const geo::Vec2 c = bounds.center();
    const geo::Box box{c.x - w / 2, c.y - h / 2, c.x + w / 2, c.y + h / 2};
    Overlay o;
    o.boxes.push_back({box, s.colors.panel, s.colors.text, 1.5});
    o.clip = box;
    double y = box.min_y + pad;
    const std::string title = most > 0 ? "Keys (Up / Down to scroll)" : "Keys";
    o.texts.push_back(text_at({box.min_x + pad, y}, px * 1.2, title, s.colors.text, FontWeight::Bold));
    y += line_h;
    for (std::size_t i = scroll; i < lines.size() && i < scroll + visible; ++i, y += line_h) {
        if (lines[i].keys)
            o.texts.push_back(text_at({box.min_x + pad, y}, px, *lines[i].keys, s.colors.text, FontWeight::Bold));
        o.texts.push_back(text_at({box.min_x + 2 * pad + key_w, y}, px, lines[i].description, s.colors.text,
                                  FontWeight::Regular));
    }
    return o;
}

Overlay dialog_overlay(const std::string& title, const std::vector<ChoiceRow>& rows, std::size_t active_row,
                       const std::string& hint, const geo::Box& bounds, const FurnitureStyle& s) {
    const double px = s.text_px, pad = px * 1.2, line_h = px * 2.1, gap = px * 0.8;
    double name_w = 0, options_w = 0;
    for (const ChoiceRow& r : rows) {
        name_w = std::max(name_w, width_of(s, r.name, px, true));
        double row_w = 0;
        for (const std::string& option : r.options) row_w += width_of(s, option, px, true) + 2 * gap + gap;
        options_w = std::max(options_w, row_w);
    }
    const double w = std::max({name_w + pad + options_w, width_of(s, hint, px * 0.9, false), width_of(s, title, px * 1.2, true)}) + 2 * pad;
    const double h = pad + line_h + static_cast<double>(rows.size()) * line_h + line_h * 0.8 + pad;
    const geo::Vec2 c = bounds.center();
    const geo::Box box{c.x - w / 2, c.y - h / 2, c.x + w / 2, c.y + h / 2};
    Overlay o;
    o.boxes.push_back({box, s.colors.panel, s.colors.text, 1.5});
    double y = box.min_y + pad;
    o.texts.push_back(text_at({box.min_x + pad, y}, px * 1.2, title, s.colors.text, FontWeight::Bold));
    y += line_h;
    for (std::size_t r = 0; r < rows.size(); ++r, y += line_h) {
        const bool active = r == active_row;
        o.texts.push_back(text_at({box.min_x + pad, y}, px, rows[r].name, active ? s.colors.text : s.colors.muted_text,
                                  FontWeight::Bold));
        double x = box.min_x + pad + name_w + pad;
        for (std::size_t k = 0; k < rows[r].options.size(); ++k) {
            const std::string& option = rows[r].options[k];
            const double ow = width_of(s, option, px, true) + 2 * gap;
            const geo::Box chip{x, y - px * 0.35, x + ow, y + px * 1.35};
            const bool chosen = k == rows[r].chosen;
            if (chosen) o.boxes.push_back({chip, active ? s.colors.text : s.colors.muted_text, {}, 0});
            o.texts.push_back(text_at({x + gap, y}, px, option, chosen ? s.colors.panel : s.colors.text,
                                      chosen ? FontWeight::Bold : FontWeight::Regular));
            x += ow + gap;
        }
    }
    o.texts.push_back(text_at({box.min_x + pad, y + line_h * 0.1}, px * 0.9, hint, s.colors.muted_text, FontWeight::Regular));
    return o;
}

}  // namespace medmap::figure
