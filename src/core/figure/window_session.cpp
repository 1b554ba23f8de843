#include "core/figure/window_session.hpp"

#include <algorithm>
#include <cmath>

#include "core/figure/class_emphasis.hpp"

namespace medmap::figure {

namespace {

constexpr double kWheelStep = 1.2;  // zoom factor per wheel notch

}  // namespace

WindowSession::WindowSession(const data::Dataset& dataset, const geo::MapModel& map, LayerSpec layer,
                             WindowHooks hooks, TextMeasure measure)
    : dataset_(dataset), map_(map), hooks_(std::move(hooks)), measure_(std::move(measure)),
      interaction_(dataset, map, std::move(layer)) {}

void WindowSession::log(const std::string& line) const {
    if (hooks_.log) hooks_.log(line);
}

void WindowSession::log_layer() const {
    const std::string view = view_ == FigureView::Map ? "" : " --view " + std::string(view_slug(view_));
    log("layer " + (hooks_.layer_flags ? hooks_.layer_flags(figure_.spec) : figure_.spec.specialty) + view);
}

void WindowSession::log_hover() const {
    const auto h = interaction_.hovered();
    log(h ? "hover " + map_.atlas.states[*h].usps : "hover none");
    if (h && pinned_ && *h != *pinned_)  // the tooltip compares the two
        log("compare " + map_.atlas.states[*pinned_].usps + " " + map_.atlas.states[*h].usps);
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
    base_figure_ = build_figure(dataset_, map_.atlas, interaction_.layer());
    legend_hover_.reset();  // the classes are the new layer's
    legend_pinned_.reset();
    figure_ = base_figure_;
    lay_out();
}

void WindowSession::lay_out() {
    view_layout_ = layout_view(figure_, map_.atlas, window_layout_.canvas, view_, 1.0, measure_);
    interaction_.fit(view_layout_.map.view);
    set_view(view_layout_.map, figure_, map_.atlas, interaction_.view(), measure_);
    ++generation_;
}

bool WindowSession::emphasis_changed() {
    const auto cls = emphasized_class();
    figure_ = cls ? with_class_emphasis(base_figure_, *cls) : base_figure_;
    ++generation_;  // colours only: the layout stands
    log("legend-class " + (cls ? std::to_string(*cls) : std::string("none")));
    return true;
}

bool WindowSession::view_changed() {
    set_view(view_layout_.map, figure_, map_.atlas, interaction_.view(), measure_);
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
        SaveRequest shown = request;
        shown.view = view_;  // what the window shows: map, bars or both
        const auto paths = hooks_.save(interaction_.layer(), interaction_.carry(view_layout_.map.map), shown);
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
    const bool legend = legend_hovered(p);
    if (interaction_.set_hovered(state_at(p))) {
        log_hover();
        return true;
    }
    // The tooltip follows the pointer.
    return legend || interaction_.hovered().has_value() || pinned_.has_value() || was_keyboard;
}

bool WindowSession::legend_hovered(geo::Vec2 p) {
    std::optional<int> cls;
    if (map_shown())
        if (const auto row = legend_row_at(figure_, view_layout_.map, p)) cls = legend_row_class(figure_, *row);
    if (cls == legend_hover_) return false;
    legend_hover_ = cls;
    return emphasis_changed();
}

std::optional<std::size_t> WindowSession::state_at(geo::Vec2 p) const {
    if (view_layout_.bars)
        if (const auto bar = ranking_state_at(figure_, *view_layout_.bars, p)) return bar;
    if (!map_shown()) return std::nullopt;
    const FigureLayout& l = view_layout_.map;
    if (!l.map_frame.contains(p) || l.legend.contains(p)) return std::nullopt;
    // A callout box, as drawn, is its state.
    for (std::size_t k = 0; k < l.callout_boxes.size() && k < figure_.callouts.size(); ++k)
        if (l.callout_shown[k] && l.callout_boxes[k].contains(p)) return figure_.callouts[k].state;
    return map_.picker.pick(interaction_.view().to_map(p));
}

bool WindowSession::pointer_left() {
    pointer_.reset();
    dragging_ = false;
    bool legend = false;
    if (legend_hover_) {
        legend_hover_.reset();
        legend = emphasis_changed();
    }
    if (keyboard_focus_ || !interaction_.hovered()) return legend || pinned_.has_value();
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
    dragging_ = map_shown() && view_layout_.map.map_frame.contains(p) && !view_layout_.map.legend.contains(p) &&
                !(view_layout_.bars && view_layout_.bars->area.contains(p)) && !dialog_ && !help_open_;
    moved_while_pressed_ = false;
    return false;
}

bool WindowSession::button_released(geo::Vec2 p) {
    dragging_ = false;
    if (moved_while_pressed_) return false;
    if (auto row = panel_row_at(window_layout_, p)) return layer_changed(interaction_.select_specialty(*row));
    return clicked(p);
}

// A legend class toggles its emphasis; a state is pinned for comparing (clicking it again,
// or outside every state, unpins; another state is pinned instead).
bool WindowSession::clicked(geo::Vec2 p) {
    if (map_shown())
        if (const auto row = legend_row_at(figure_, view_layout_.map, p))
            if (const auto cls = legend_row_class(figure_, *row)) {
                legend_pinned_ = legend_pinned_ == cls ? std::nullopt : cls;
                return emphasis_changed();
            }
    const auto state = state_at(p);
    if (!state && !pinned_) return false;
    pinned_ = state == pinned_ ? std::nullopt : state;
    log(pinned_ ? "pin " + map_.atlas.states[*pinned_].usps : "pin none");
    return true;
}

bool WindowSession::wheel(double delta, geo::Vec2 p) {
    if (!map_shown() || !view_layout_.map.map_frame.contains(p)) return false;
    interaction_.zoom(std::pow(kWheelStep, delta), p);
    return view_changed();
}

}  // namespace medmap::figure
