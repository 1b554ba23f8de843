#include "core/figure/map_interaction.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "core/figure/diverging_classification.hpp"

namespace medmap::figure {

namespace {

// M's cycle: the published metrics, then the wages adjusted for local prices. A metric the
// dataset lacks (adjusted wages of a file without price levels) is skipped.
constexpr data::MetricId kMetricCycle[] = {
    data::MetricId::MedianWage, data::MetricId::MeanWage,           data::MetricId::Growth,
    data::MetricId::Openings,   data::MetricId::Employment,         data::MetricId::AdjustedMedianWage,
    data::MetricId::AdjustedMeanWage};
constexpr ClassMethod kMethodCycle[] = {ClassMethod::Quantile, ClassMethod::EqualInterval,
                                        ClassMethod::Jenks, ClassMethod::Pretty, ClassMethod::Unclassed};

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

MapInteraction::MapInteraction(const data::Dataset& dataset, const geo::MapModel& map, LayerSpec initial)
    : dataset_(dataset), map_(map), callouts_(atlas_callouts(map.atlas)), layer_(std::move(initial)) {
    if (layer_.wage_year == 0) layer_.wage_year = dataset_.default_wage_year();
    for (std::size_t i = 0; i < map_.atlas.states.size(); ++i) alphabetical_.push_back(i);
    std::sort(alphabetical_.begin(), alphabetical_.end(), [&](std::size_t a, std::size_t b) {
        return map_.atlas.states[a].name < map_.atlas.states[b].name;
    });
}

std::size_t MapInteraction::specialty_index() const {
    const auto& all = dataset_.specialties();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].slug == layer_.specialty) return i;
    return 0;
}

bool MapInteraction::select_specialty(std::size_t index) {
    const auto& all = dataset_.specialties();
    if (index >= all.size() || all[index].slug == layer_.specialty) return false;
    layer_.specialty = all[index].slug;
    return true;
}

bool MapInteraction::step_specialty(int delta) {
    const auto n = static_cast<int>(dataset_.specialties().size());
    if (n == 0) return false;
    int next = ((static_cast<int>(specialty_index()) + delta) % n + n) % n;
    return select_specialty(static_cast<std::size_t>(next));
}

bool MapInteraction::cycle_metric() {
    const auto has = [&](data::MetricId id) {
        const auto& all = dataset_.metrics();
        return std::any_of(all.begin(), all.end(), [id](const data::Metric& m) { return m.id == id; });
    };
    auto it = std::find(std::begin(kMetricCycle), std::end(kMetricCycle), layer_.metric);
    for (std::size_t step = 0; step < std::size(kMetricCycle); ++step) {
        it = (it == std::end(kMetricCycle) || it + 1 == std::end(kMetricCycle)) ? std::begin(kMetricCycle) : it + 1;
        if (has(*it)) return set_metric(*it);
    }
    return false;
}

bool MapInteraction::set_metric(data::MetricId metric) {
    if (layer_.metric == metric) return false;
    layer_.metric = metric;
    layer_.palette.clear();  // each metric has its own default palette
    return true;
}

bool MapInteraction::cycle_class_method() {
    auto it = std::find(std::begin(kMethodCycle), std::end(kMethodCycle), effective_method(layer_));
    auto next = (it == std::end(kMethodCycle) || it + 1 == std::end(kMethodCycle)) ? std::begin(kMethodCycle) : it + 1;
    layer_.method = *next;
    return true;
}

bool MapInteraction::change_class_count(int delta) {
    int next = std::clamp(layer_.classes + delta, kMinClasses, kMaxClasses);
    if (is_diverging(layer_)) {
        // From the odd count shown (4 shows as 5), two at a time.
        const int shown = diverging_class_count(layer_.classes);
        next = std::clamp(shown + (delta > 0 ? 2 : -2), kMinClasses, kMaxClasses);
        if (next == shown) return false;
    }
    if (next == layer_.classes) return false;
    layer_.classes = next;
    return true;
}

bool MapInteraction::toggle_labels() {
    layer_.labels = !layer_.labels;
    return true;
}

bool MapInteraction::toggle_vs_us() {
    layer_.vs_us = !layer_.vs_us;
    layer_.palette.clear();  // the sequential and diverging defaults differ
    return true;
}

bool MapInteraction::step_year(int delta) {
    const std::vector<int> years = dataset_.wage_years();
    if (years.size() < 2) return false;
    const auto at = std::find(years.begin(), years.end(), layer_.wage_year);
    const auto n = static_cast<long>(years.size());
    const long pos = at == years.end() ? 0 : at - years.begin();
    layer_.wage_year = years[static_cast<std::size_t>(((pos + delta) % n + n) % n)];
    return true;
}

bool MapInteraction::hover_at(std::optional<geo::Vec2> map_point) {
    std::optional<std::size_t> picked;
    if (map_point) picked = pick_state(map_.picker, callouts_, *map_point);
    return set_hovered(picked);
}

bool MapInteraction::set_hovered(std::optional<std::size_t> state) {
    if (state == hovered_) return false;
    hovered_ = state;
    return true;
}

void MapInteraction::focus_step(int delta) {
    if (alphabetical_.empty()) return;
    const auto n = static_cast<int>(alphabetical_.size());
    int pos = delta > 0 ? -1 : n;  // from nothing, Tab goes to the first state, Shift+Tab to the last
    if (hovered_) {
        auto it = std::find(alphabetical_.begin(), alphabetical_.end(), *hovered_);
        pos = static_cast<int>(it - alphabetical_.begin());
    }
    pos = ((pos + delta) % n + n) % n;
    hovered_ = alphabetical_[static_cast<std::size_t>(pos)];
}

std::vector<std::size_t> MapInteraction::find(const std::string& query_in) const {
    std::vector<std::size_t> found;
    const std::string query = lower(query_in);
    if (query.empty()) return found;
    const auto& states = map_.atlas.states;
    for (std::size_t i : alphabetical_)
        if (lower(states[i].usps) == query) found.push_back(i);
    for (std::size_t i : alphabetical_)
        if (lower(states[i].name).rfind(query, 0) == 0 && std::find(found.begin(), found.end(), i) == found.end())
            found.push_back(i);
    return found;
}

void MapInteraction::focus(std::size_t state) {
    if (state < map_.atlas.states.size()) hovered_ = state;
}

ViewCarry MapInteraction::carry(const geo::Box& frame) const {
    const bool fitted = view_.scale == fitted_.scale && view_.offset == fitted_.offset;
    return {zoom_level(), view_.to_map(frame.center()), fitted};
}

void MapInteraction::fit(const geo::ViewTransform& fitted) {
    const double zoom = fitted_.scale > 0 ? zoom_level() : 1.0;
    const bool was_fitted = view_.scale == fitted_.scale && view_.offset == fitted_.offset;
    fitted_ = fitted;
    if (was_fitted || zoom == 1.0) view_ = fitted_;
}

void MapInteraction::zoom(double factor, geo::Vec2 screen_anchor) {
    const double target = std::clamp(zoom_level() * factor, 1.0, 40.0);
    view_ = view_.zoomed(target / zoom_level(), screen_anchor);
    if (target == 1.0) view_ = fitted_;  // fully zoomed out: back to the fitted view, not drifted
}

void MapInteraction::pan(geo::Vec2 pixels) { view_ = view_.panned(pixels); }

}  // namespace medmap::figure
