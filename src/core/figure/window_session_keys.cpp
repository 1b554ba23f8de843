// WindowSession: what keys and typed characters do (the key table says which action a
// key is; this says what each action does, and how the find field and dialog take keys).
#include <algorithm>
#include <cmath>

#include "core/figure/window_session.hpp"

namespace medmap::figure {

namespace {

constexpr double kKeyZoomStep = 1.25;

}  // namespace

bool WindowSession::act(const KeyAction& a) {
    const geo::Vec2 centre = view_layout_.map.map.center();
    const geo::Vec2 anchor = pointer_ && view_layout_.map.map_frame.contains(*pointer_) ? *pointer_ : centre;
    switch (a.action) {
        case Action::PreviousSpecialty: return layer_changed(interaction_.step_specialty(-1));
        case Action::NextSpecialty: return layer_changed(interaction_.step_specialty(1));
        case Action::PickSpecialty: return layer_changed(interaction_.select_specialty(a.index));
        case Action::NextMetric: return layer_changed(interaction_.cycle_metric());
        case Action::NextMethod: return layer_changed(interaction_.cycle_class_method());
        case Action::FewerClasses: return layer_changed(interaction_.change_class_count(-1));
        case Action::MoreClasses: return layer_changed(interaction_.change_class_count(1));
        case Action::ToggleLabels: return layer_changed(interaction_.toggle_labels());
        case Action::ToggleVsUs: return layer_changed(interaction_.toggle_vs_us());
        case Action::NextView:
            view_ = view_ == FigureView::Map ? FigureView::Both : view_ == FigureView::Both ? FigureView::Bars
                                                                                          : FigureView::Map;
            lay_out();
            log_layer();
            return true;
        case Action::NextYear: return layer_changed(interaction_.step_year(1));
        case Action::PreviousYear: return layer_changed(interaction_.step_year(-1));
        case Action::ZoomIn: interaction_.zoom(kKeyZoomStep, anchor); return view_changed();
        case Action::ZoomOut: interaction_.zoom(1 / kKeyZoomStep, anchor); return view_changed();
        case Action::ResetView: interaction_.reset_view(); return view_changed();
        case Action::NextState:
        case Action::PreviousState:
            interaction_.focus_step(a.action == Action::NextState ? 1 : -1);
            keyboard_focus_ = true;
            log_hover();
            return true;
        case Action::Find:
            find_open_ = true;
            find_query_.clear();
            find_selected_ = 0;
            return true;
        case Action::Clear:
            if (help_open_) {
                help_open_ = false;
            } else if (pinned_) {
                pinned_.reset();
                log("pin none");
            } else if (legend_pinned_) {
                legend_pinned_.reset();
                emphasis_changed();
            } else {
                interaction_.clear();
                log_hover();
            }
            return true;
        case Action::Save: save(default_save()); return true;
        case Action::SaveAs: {
            const geo::Box& c = window_layout_.canvas;
            dialog_.emplace(static_cast<unsigned>(std::lround(c.width())), static_cast<unsigned>(std::lround(c.height())));
            return true;
        }
        case Action::Help: help_open_ = !help_open_; help_scroll_ = 0; return true;
    }
    return false;
}

bool WindowSession::find_key(const KeyPress& p) {
    const auto found = interaction_.find(find_query_);
    switch (p.key) {
        case NamedKey::Escape: find_open_ = false; return true;
        case NamedKey::Backspace:
            if (!find_query_.empty()) find_query_.pop_back();
            find_selected_ = 0;
            return true;
        case NamedKey::Down: case NamedKey::Tab:
            if (!found.empty()) find_selected_ = (find_selected_ + 1) % std::min(found.size(), kFindCandidates);
            return true;
        case NamedKey::Up:
            if (!found.empty()) {
                const std::size_t n = std::min(found.size(), kFindCandidates);
                find_selected_ = (find_selected_ + n - 1) % n;
            }
            return true;
        case NamedKey::Enter:
            if (find_selected_ < found.size()) {
                interaction_.focus(found[find_selected_]);
                keyboard_focus_ = true;
                find_open_ = false;
                log_hover();
            }
            return true;
        default: return false;
    }
}

bool WindowSession::dialog_key(const KeyPress& p) {
    switch (p.key) {
        case NamedKey::Escape: dialog_.reset(); return true;
        case NamedKey::Up: dialog_->move_row(-1); return true;
        case NamedKey::Down: case NamedKey::Tab: dialog_->move_row(1); return true;
        case NamedKey::Left: dialog_->move_choice(-1); return true;
        case NamedKey::Right: dialog_->move_choice(1); return true;
        case NamedKey::Enter: {
            const SaveRequest request = dialog_->request();
            dialog_.reset();
            save(request);
            return true;
        }
        default: return false;
    }
}

bool WindowSession::key(const KeyPress& press) {
    if (dialog_) return dialog_key(press);
    if (find_open_) return find_key(press);
    if (help_open_ && (press.key == NamedKey::Up || press.key == NamedKey::Down)) {
        std::size_t most = 0;
        help_overlay(window_box(), help_scroll_, style(), &most);
        help_scroll_ = press.key == NamedKey::Up ? (help_scroll_ > 0 ? help_scroll_ - 1 : 0)
                                                 : std::min(help_scroll_ + 1, most);
        return true;
    }
    if (auto a = action_for_key(press)) return act(*a);
    return false;
}

bool WindowSession::text(char32_t typed) {
    if (dialog_ || typed < 32 || typed == 127) return false;
    if (find_open_) {
        // Every key types into the field while it is open: no shortcut fires.
        if (typed >= 128) return false;
        find_query_ += static_cast<char>(typed);
        find_selected_ = 0;
        return true;
    }
    if (auto a = action_for_char(typed)) return act(*a);
    return false;
}

}  // namespace medmap::figure
