#pragma once
// The interactive map's state and the rules for changing it (layer, metric, hover,
// keyboard focus, finding a state, zoom and pan), with no window: the SFML front end only
// translates events into these calls, and tests drive it directly.
#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/figure/callouts.hpp"
#include "core/figure/figure.hpp"
#include "core/figure/layout.hpp"
#include "core/geo/map_model.hpp"
#include "core/geo/view_transform.hpp"

namespace medmap::figure {

class MapInteraction {
public:
    MapInteraction(const data::Dataset& dataset, const geo::MapModel& map, LayerSpec initial);

    const LayerSpec& layer() const { return layer_; }
    const geo::MapModel& map() const { return map_; }
    std::size_t specialty_index() const;

    // Layer switching. Each returns true when the layer changed.
    bool select_specialty(std::size_t index);
    bool step_specialty(int delta);  // wraps around
    bool cycle_metric();             // median wage -> mean wage -> growth -> openings -> employment
    bool set_metric(data::MetricId metric);
    bool cycle_class_method();
    // Clamped to 3..9. Diverging layers step between odd counts (3, 5, 7, 9), the only
    // ones with a neutral middle class, so every press changes the map.
    bool change_class_count(int delta);
    bool toggle_labels();  // L
    bool toggle_vs_us();   // D: difference from US
    bool step_year(int delta);  // Y / Shift+Y: the next or previous wage year the stats hold, wrapping

    // Hover and keyboard focus: the state whose tooltip shows (index into atlas.states).
    std::optional<std::size_t> hovered() const { return hovered_; }
    // Returns true when the hovered state changed. `map_point` in map units; a point in a
    // small state's callout box hovers that state.
    bool hover_at(std::optional<geo::Vec2> map_point);
    // Hovers a state picked elsewhere (the window's callout boxes are placed in pixels).
    bool set_hovered(std::optional<std::size_t> state);
    // Tab / Shift+Tab: the next or previous state by name, alphabetically.
    void focus_step(int delta);
    // The find field: states whose USPS code is `query` (any case) first, then those whose
    // name starts with it, alphabetically; empty for an empty query.
    std::vector<std::size_t> find(const std::string& query) const;
    void focus(std::size_t state);
    void clear() { hovered_.reset(); }

    // The map view in pixels. `fit` must be called when the map viewport changes size.
    const geo::ViewTransform& view() const { return view_; }
    void fit(const geo::ViewTransform& fitted);
    void zoom(double factor, geo::Vec2 screen_anchor);  // clamped to 1x..40x of the fitted scale
    void pan(geo::Vec2 pixels);
    void reset_view() { view_ = fitted_; }
    double zoom_level() const { return view_.scale / fitted_.scale; }
    // The view as a zoom and the map point at the centre of `frame` (the map's viewport),
    // so another canvas (an export) can show the same part of the map.
    ViewCarry carry(const geo::Box& frame) const;

private:
    const data::Dataset& dataset_;
    const geo::MapModel& map_;
    const std::vector<Callout>& callouts_;  // the atlas's boxes, which build_figure places too
    LayerSpec layer_;
    std::optional<std::size_t> hovered_;
    std::vector<std::size_t> alphabetical_;  // atlas indices sorted by state name
    geo::ViewTransform fitted_;
    geo::ViewTransform view_;
};

}  // namespace medmap::figure
