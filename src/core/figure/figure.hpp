#pragma once
// The backend-neutral description of what a user sees: every state's fill, the legend,
// title, subtitle and source line, and the theme's colours. The SFML window and the
// Cairo exporter both draw exactly this, so they cannot drift apart.
#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/figure/callouts.hpp"
#include "core/figure/classification.hpp"
#include "core/figure/color.hpp"
#include "core/figure/layer_spec.hpp"
#include "core/figure/layer_values.hpp"
#include "core/figure/ranking_chart.hpp"
#include "core/geo/atlas.hpp"
#include "core/geo/pole_of_inaccessibility.hpp"

namespace medmap::figure {

struct StateStyle {
    std::optional<double> value;
    int class_index = -1;  // -1: no data
    Rgba fill;
    Rgba label_color;      // readable on `fill`
    std::optional<int> rank{};     // among the states drawn, 1 = highest; empty: no data
    std::string no_data_reason{};  // why `value` is missing, when the data says; may be empty
    bool no_data() const { return class_index < 0; }
};

struct LegendEntry {
    Rgba fill;
    std::string label;
    bool no_data = false;
};

// An unclassed layer's legend: a continuous bar instead of class boxes.
struct LegendGradient {
    std::vector<Rgba> colors;  // evenly spaced samples along the ramp, low to high
    std::string low_label, high_label;  // the values at the bar's ends
    std::string centre_label;  // diverging: the value at the bar's middle ("US +23.1%"); may be empty
};

struct Legend {
    std::string title;  // "Median annual wage (USD)"
    std::vector<LegendEntry> entries;  // classes low to high, then "no data"
    std::optional<LegendGradient> gradient;  // unclassed: the ramp (entries then hold only "no data")
};

struct ThemeColors {
    Rgba background, text, muted_text, outline, highlight, no_data, no_data_hatch, panel;
    // Thin, muted frames: around the Alaska/Hawaii insets (separators, never mistaken for a
    // state border) and around each legend swatch, so the lightest class still shows on the
    // panel. Added for the exporter; the window should draw them too.
    Rgba frame;
};

struct Figure {
    LayerSpec spec;  // with wage_year and palette resolved
    std::string title;
    std::string subtitle;
    std::string source_line;
    std::vector<StateStyle> states;  // parallel to Atlas::states
    Legend legend;
    Classification classification;
    ValueUnit unit = ValueUnit::Usd;  // of StateStyle::value and the legend's labels
    std::vector<Callout> callouts;    // boxes for DC and the small north-eastern states
    // Where each state's label goes and how much room it has there (the pole of
    // inaccessibility), parallel to Atlas::states; empty unless spec.labels.
    std::vector<geo::InteriorPoint> label_anchors;
    ThemeColors colors;
    std::optional<double> us_value;  // the metric's national figure (not a difference)
    RankingChart ranking;            // the ranking view's bars (ranking_chart.hpp)
};

ThemeColors theme_colors(Theme theme);

// Throws std::invalid_argument naming the bad part (unknown specialty, year or palette).
// The callouts and label anchors, the slow part of a figure, are placed once per atlas
// (atlas_callouts, atlas_label_anchors): the figures of later layers copy them.
Figure build_figure(const data::Dataset& dataset, const geo::Atlas& atlas, const LayerSpec& spec);

}  // namespace medmap::figure
