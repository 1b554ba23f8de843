#include "core/figure/window_session.hpp"

#include <algorithm>
#include <cmath>

#include "core/figure/state_report.hpp"

namespace medmap::figure {

namespace {

constexpr double kWheelStep = 1.2;  // zoom factor per wheel notch

std::string on_off(bool on) { return on ? "on" : "off"; }

}  // namespace

WindowSession::WindowSession(const data::Dataset& dataset, const geo::MapModel& map, LayerSpec layer,
                             WindowHooks hooks, TextMeasure measure)
    : dataset_(dataset), map_(map), hooks_(std::move(hooks)), measure_(std::move(measure)),
      interaction_(dataset, map, std::move(layer)) {}

void WindowSession::log(const std::string& line) const {
    if (hooks_.log) hooks_.log(line);
}

void WindowSession::log_layer() const {
    log("layer " + (hooks_.layer_flags ? hooks_.layer_flags(figure_.spec) : figure_.spec.specialty));
}

void WindowSession::log_hover() const {
    const auto h = interaction_.hovered();
    log(h ? "hover " + map_.atlas.states[*h].usps : "hover none");
}

FurnitureStyle WindowSession::style() const { return {figure_.colors, window_layout_.text_px, measure_}; }

std::pair<unsigned, unsigned> WindowSession::resize(unsigned width, unsigned height) {
    width_ = std::max(width, kMinWindowWidth);
    height_ = std::max(height, kMinWindowHeight);
    window_layout_ = layout_window(width_, height_, dataset_.specialties(), measure_);
    rebuild_figure();
    const geo::Box& c = window_layout_.canvas;
    log("figure " + std::to_string(std::lround(c.min_x)) + " " + std::to_string(std::lround(c.min_y)) + " " +
        std::to_string(std::lround(c.width())) + " " + std::to_string(std::lround(c.height())));
    if (!laid_out_) log_layer();  // the first layout: say what is shown
    laid_out_ = true;
    return {width_, height_};
}

// The figure and its layout for the current layer and canvas; the map is fitted to the
// room the current legend leaves, every time, so a wider legend never cuts the map.
void WindowSession::rebuild_figure() {
    figure_ = build_figure(dataset_, map_.atlas, interaction_.layer());
    figure_layout_ = layout_figure(figure_, map_.atlas, window_layout_.canvas, 1.0, measure_);
    interaction_.fit(figure_layout_.view);
    set_view(figure_layout_, figure_, map_.atlas, interaction_.view(), measure_);
    ++generation_;
}

bool WindowSession::view_changed() {
    set_view(figure_layout_, figure_, map_.atlas, interaction_.view(), measure_);
    ++generation_;
    return true;
}

bool WindowSession::layer_changed(bool changed) {
    if (!changed) return false;
    rebuild_figure();
    log_layer();
    return true;
}

void WindowSession::say(const std::string& status) {
    status_ = status;
    status_needs_clock_ = true;  // the next tick starts its time
}

bool WindowSession::tick(Clock::time_point now) {
    if (status_needs_clock_) {
        status_until_ = now + kStatusDuration;
        status_needs_clock_ = false;
    }
    if (status_.empty() || now < status_until_) return false;
    status_.clear();
    return true;
}

void WindowSession::save(const SaveRequest& request) {
    if (!hooks_.save) return;
    try {
        const auto paths = hooks_.save(interaction_.layer(), interaction_.carry(figure_layout_.map), request);
        std::string joined;
        for (const auto& p : paths) joined += (joined.empty() ? "" : ", ") + p;
        say("Saved " + joined);
        log("saved " + joined);
    } catch (const std::exception& e) {
        say(std::string("Save failed: ") + e.what());
        log(std::string("save-failed ") + e.what());
    }
}

bool WindowSession::pointer_moved(geo::Vec2 p, bool button_down) {
    pointer_ = p;
    if (button_down && dragging_) {
        interaction_.pan({p.x - last_drag_.x, p.y - last_drag_.y});
        last_drag_ = p;
        moved_while_pressed_ = true;
        return view_changed();
    }
    const bool was_keyboard = keyboard_focus_;
    keyboard_focus_ = false;
    if (interaction_.set_hovered(state_at(p))) {
        log_hover();
        return true;
    }
    return interaction_.hovered().has_value() || was_keyboard;  // the tooltip follows the pointer
}

std::optional<std::size_t> WindowSession::state_at(geo::Vec2 p) const {
    const FigureLayout& l = figure_layout_;
    if (!l.map_frame.contains(p) || l.legend.contains(p)) return std::nullopt;
    // A callout box, as drawn, is its state.
    for (std::size_t k = 0; k < l.callout_boxes.size() && k < figure_.callouts.size(); ++k)
        if (l.callout_shown[k] && l.callout_boxes[k].contains(p)) return figure_.callouts[k].state;
    return map_.picker.pick(interaction_.view().to_map(p));
}

bool WindowSession::pointer_left() {
    pointer_.reset();
    dragging_ = false;
    if (keyboard_focus_ || !interaction_.hovered()) return false;
    interaction_.clear();
    log_hover();
    return true;
}

bool WindowSession::focus_lost() {
    dragging_ = false;
    if (!interaction_.hovered()) return false;
    interaction_.clear();
    keyboard_focus_ = false;
    log_hover();
    return true;
}

bool WindowSession::button_pressed(geo::Vec2 p) {
    press_ = last_drag_ = p;
    dragging_ = figure_layout_.map_frame.contains(p) && !figure_layout_.legend.contains(p) && !dialog_ && !help_open_;
    moved_while_pressed_ = false;
    return false;
}

bool WindowSession::button_released(geo::Vec2 p) {
    dragging_ = false;
    if (moved_while_pressed_) return false;
    if (auto row = panel_row_at(window_layout_, p)) return layer_changed(interaction_.select_specialty(*row));
    return false;
}

bool WindowSession::wheel(double delta, geo::Vec2 p) {
    if (!figure_layout_.map_frame.contains(p)) return false;
    interaction_.zoom(std::pow(kWheelStep, delta), p);
    return view_changed();
}

std::vector<std::string> WindowSession::status_lines() const {
    const LayerSpec& l = interaction_.layer();
    const Classification& c = figure_.classification;
    const bool continuous = c.method == ClassMethod::Unclassed;
    return {
        "M  metric: " + dataset_.metric(l.metric).name,
        "C  classes: " + to_string(c.method) +
            (continuous ? std::string(" (continuous)") : " (" + std::to_string(c.class_count()) + ")"),
        "L  labels: " + on_off(l.labels),
        "D  difference from US: " + on_off(l.vs_us),
        "F1  keys    Ctrl+F  find",
    };
}

Overlay WindowSession::side_panel() const {
    return side_panel_overlay(window_layout_, interaction_.specialty_index(), status_lines(), style());
}

std::optional<Highlight> WindowSession::highlight() const {
    const auto h = interaction_.hovered();
    if (!h) return std::nullopt;
    return Highlight{*h, figure_.colors.highlight, kHighlightPx};
}

std::vector<Overlay> WindowSession::overlays() const {
    std::vector<Overlay> out;
    const FurnitureStyle s = style();
    if (const auto h = interaction_.hovered(); h && (pointer_ || keyboard_focus_)) {
        const auto& st = map_.atlas.states[*h];
        const data::Specialty* specialty = dataset_.find_specialty(interaction_.layer().specialty);
        const StateReport report =
            build_state_report(dataset_, *specialty, st.name, st.usps, figure_.spec.wage_year);
        const geo::Vec2 anchor = keyboard_focus_ || !pointer_ ? interaction_.view().to_screen(st.bounds.center())
                                                              : *pointer_;
        out.push_back(tooltip_overlay(report, anchor, window_box(), s));
    }
    out.push_back(status_overlay(status_, figure_layout_, s));
    if (find_open_) {
        std::vector<std::string> names;
        for (std::size_t i : interaction_.find(find_query_))
            names.push_back(map_.atlas.states[i].name + " (" + map_.atlas.states[i].usps + ")");
        out.push_back(find_overlay(find_query_, names, find_selected_, figure_layout_, s));
    }
    if (help_open_) out.push_back(help_overlay(window_box(), help_scroll_, s));
    if (dialog_)
        out.push_back(dialog_overlay("Save the figure as", dialog_->rows(), dialog_->active_row(),
                                     "Up / Down: row   Left / Right: choose   Enter: save   Esc: cancel",
                                     window_layout_.canvas, s));
    return out;
}

}  // namespace medmap::figure
