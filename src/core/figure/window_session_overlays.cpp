// WindowSession: what it shows over and beside the figure (side panel, highlights,
// tooltips, status, find field, help, dialog), built fresh for each frame from its state.
#include "core/data/metric_slugs.hpp"
#include "core/figure/class_emphasis.hpp"
#include "core/figure/comparison_tooltip.hpp"
#include "core/figure/state_comparison.hpp"
#include "core/figure/state_report.hpp"
#include "core/figure/window_session.hpp"

namespace medmap::figure {

namespace {

std::string on_off(bool on) { return on ? "on" : "off"; }

}  // namespace

std::vector<std::string> WindowSession::status_lines() const {
    const LayerSpec& l = interaction_.layer();
    const Classification& c = figure_.classification;
    const bool continuous = c.method == ClassMethod::Unclassed;
    return {
        "M  metric: " + std::string(data::metric_entry(l.metric)->short_name),
        "C  classes: " + to_string(c.method) +
            (continuous ? std::string(" (continuous)") : " (" + std::to_string(c.class_count()) + ")"),
        "L  labels: " + on_off(l.labels),
        "D  difference from US: " + on_off(l.vs_us),
        "B  view: " + std::string(view_label(view_)),
        "F1  keys    Ctrl+F  find",
    };
}

Overlay WindowSession::side_panel() const {
    return side_panel_overlay(window_layout_, interaction_.specialty_index(), status_lines(), style());
}

std::vector<Highlight> WindowSession::highlights() const {
    std::vector<Highlight> out;
    if (pinned_) out.push_back({*pinned_, figure_.colors.highlight, kHighlightPx});
    if (const auto h = interaction_.hovered(); h && h != pinned_)
        out.push_back({*h, figure_.colors.highlight, kHighlightPx});
    return out;
}

geo::Vec2 WindowSession::tooltip_anchor(std::size_t state) const {
    if (!map_shown() && view_layout_.bars)
        for (const RankingRow& row : view_layout_.bars->rows)
            if (row.bar < figure_.ranking.bars.size() && figure_.ranking.bars[row.bar].state == state)
                return {row.row.max_x, row.row.center().y};
    return interaction_.view().to_screen(map_.atlas.states[state].bounds.center());
}

std::vector<Overlay> WindowSession::overlays() const {
    std::vector<Overlay> out;
    const FurnitureStyle s = style();
    const data::Specialty* specialty = dataset_.find_specialty(interaction_.layer().specialty);
    auto report_of = [&](std::size_t i) {
        const auto& st = map_.atlas.states[i];
        return build_state_report(dataset_, *specialty, st.name, st.usps, figure_.spec.wage_year);
    };
    const auto hovered = interaction_.hovered();
    const bool at_pointer = hovered && pointer_ && !keyboard_focus_;
    if (hovered && (pointer_ || keyboard_focus_)) {
        const geo::Vec2 anchor = at_pointer ? *pointer_ : tooltip_anchor(*hovered);
        if (pinned_ && *pinned_ != *hovered) {
            const auto& a = map_.atlas.states[*pinned_];
            const auto& b = map_.atlas.states[*hovered];
            const StateComparison comparison = build_state_comparison(dataset_, *specialty, {a.name, a.usps},
                                                                      {b.name, b.usps}, figure_.spec.wage_year);
            out.push_back(comparison_tooltip_overlay(comparison, anchor, window_box(), s));
        } else {
            out.push_back(tooltip_overlay(report_of(*hovered), anchor, window_box(), s));
        }
    } else if (pinned_) {
        out.push_back(tooltip_overlay(report_of(*pinned_), tooltip_anchor(*pinned_), window_box(), s));
    }
    out.push_back(status_overlay(status_, view_layout_.map, s));
    if (find_open_) {
        std::vector<std::string> names;
        for (std::size_t i : interaction_.find(find_query_))
            names.push_back(map_.atlas.states[i].name + " (" + map_.atlas.states[i].usps + ")");
        out.push_back(find_overlay(find_query_, names, find_selected_, view_layout_.map, s));
    }
    if (help_open_) out.push_back(help_overlay(window_box(), help_scroll_, s));
    if (dialog_)
        out.push_back(dialog_overlay("Save the figure as", dialog_->rows(), dialog_->active_row(),
                                     "Up / Down: row   Left / Right: choose   Enter: save   Esc: cancel",
                                     window_layout_.canvas, s));
    return out;
}

}  // namespace medmap::figure
