#pragma once
// Everything the window shows and every rule for changing it, with no window: the
// figure and its layout for the window's size, the side panel, tooltip, highlight, find
// field, help, save dialog and status message, and what each key, click, wheel turn,
// pointer move and resize does. The SFML window turns its events into these calls and
// draws what they describe; tests drive it directly.
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/figure/figure.hpp"
#include "core/figure/figure_view.hpp"
#include "core/figure/key_table.hpp"
#include "core/figure/layout.hpp"
#include "core/figure/map_interaction.hpp"
#include "core/figure/overlay.hpp"
#include "core/figure/save_choices.hpp"
#include "core/figure/window_furniture.hpp"
#include "core/figure/window_layout.hpp"
#include "core/geo/map_model.hpp"

namespace medmap::figure {

using Clock = std::chrono::steady_clock;

// How long a status message ("Saved ...") stays.
inline constexpr auto kStatusDuration = std::chrono::seconds(6);
// The hover highlight's outline width, in pixels.
inline constexpr double kHighlightPx = 2.5;

struct WindowHooks {
    // Writes the figure of `layer` showing `carry`'s part of the map; returns the paths
    // written, or throws with a one-line reason.
    std::function<std::vector<std::string>(const LayerSpec& layer, const ViewCarry& carry, const SaveRequest& request)>
        save;
    // --log-events: one line per event ("hover TX", "figure 200 0 1080 800", ...).
    std::function<void(const std::string&)> log;
    // The `medmap export` flags that reproduce a layer, for the "layer" log line.
    std::function<std::string(const LayerSpec&)> layer_flags;
};

struct Highlight {
    std::size_t state;
    Rgba color;
    double width_px;
};

class WindowSession {
public:
    WindowSession(const data::Dataset& dataset, const geo::MapModel& map, LayerSpec layer, WindowHooks hooks,
                  TextMeasure measure);

    // Lays everything out for a window of this size (at least the minimum, which it
    // returns when asked for less: the window must then take that size).
    std::pair<unsigned, unsigned> resize(unsigned width, unsigned height);

    // Each returns true when what the window shows changed.
    bool key(const KeyPress& press);
    bool text(char32_t typed);
    bool pointer_moved(geo::Vec2 p, bool button_down);
    bool pointer_left();   // the pointer left the window
    bool focus_lost();
    bool button_pressed(geo::Vec2 p);
    bool button_released(geo::Vec2 p);
    bool wheel(double delta, geo::Vec2 p);
    bool tick(Clock::time_point now);  // expires the status message

    // What to draw. The figure part (figure, layout, side panel) changes only when
    // figure_generation() does, so a window can cache it.
    const Figure& figure() const { return figure_; }
    const FigureLayout& figure_layout() const { return view_layout_.map; }
    const ViewLayout& view_layout() const { return view_layout_; }
    const WindowLayout& window_layout() const { return window_layout_; }
    std::uint64_t figure_generation() const { return generation_; }
    Overlay side_panel() const;
    // The pinned state's and the hovered state's outlines (and their bars in the ranking view).
    std::vector<Highlight> highlights() const;
    std::vector<Overlay> overlays() const;  // tooltip, status, find field, help, dialog, in drawing order

    const MapInteraction& interaction() const { return interaction_; }
    bool find_open() const { return find_open_; }
    FigureView view() const { return view_layout_.view; }
    std::optional<std::size_t> pinned() const { return pinned_; }
    std::optional<int> emphasized_class() const { return legend_hover_ ? legend_hover_ : legend_pinned_; }

private:
    bool act(const KeyAction& action);
    bool find_key(const KeyPress& press);
    bool dialog_key(const KeyPress& press);
    bool layer_changed(bool changed);
    std::optional<std::size_t> state_at(geo::Vec2 p) const;  // window pixels
    bool view_changed();
    void rebuild_figure();
    void lay_out();               // the view's layout for the current figure and canvas
    bool emphasis_changed();      // re-derives figure_ from base_figure_ and the legend class
    bool legend_hovered(geo::Vec2 p);
    bool clicked(geo::Vec2 p);    // a click that was not a drag
    bool map_shown() const { return view_layout_.view != FigureView::Bars; }
    geo::Vec2 tooltip_anchor(std::size_t state) const;  // a state's place on screen (map, or its bar)
    void say(const std::string& status);
    void log(const std::string& line) const;
    void log_hover() const;
    void log_layer() const;
    void save(const SaveRequest& request);
    std::vector<std::string> status_lines() const;
    FurnitureStyle style() const;
    geo::Box window_box() const { return {0, 0, static_cast<double>(width_), static_cast<double>(height_)}; }

    const data::Dataset& dataset_;
    const geo::MapModel& map_;
    WindowHooks hooks_;
    TextMeasure measure_;
    MapInteraction interaction_;
    unsigned width_ = 0, height_ = 0;
    WindowLayout window_layout_;
    Figure base_figure_;  // the layer as built
    Figure figure_;       // base_figure_ with the legend class emphasis, if any
    ViewLayout view_layout_;  // .map: the map figure's layout (title, source and legend slots in every view)
    std::uint64_t generation_ = 0;
    bool laid_out_ = false;

    std::optional<geo::Vec2> pointer_;  // in the window, or gone
    bool keyboard_focus_ = false;       // the tooltip sits at the state, not the pointer
    geo::Vec2 press_, last_drag_;
    bool dragging_ = false, moved_while_pressed_ = false;

    FigureView view_ = FigureView::Map;  // chosen with B: map, map and ranking, ranking
    std::optional<std::size_t> pinned_;        // clicked: compared with the hovered state
    std::optional<int> legend_hover_, legend_pinned_;  // a legend class under the pointer / clicked

    bool help_open_ = false;
    std::size_t help_scroll_ = 0;
    bool find_open_ = false;
    std::string find_query_;
    std::size_t find_selected_ = 0;
    std::optional<SaveChoices> dialog_;
    std::string status_;
    Clock::time_point status_until_{};
    bool status_needs_clock_ = false;
};

}  // namespace medmap::figure
