#pragma once
// The numbers a layer maps, and how they are written: each state's figure, or for a
// "difference from US" view its difference from the national figure.
//
// Difference from US: wages are compared with the US wage, (state / US - 1) x 100, "% vs
// US"; growth, already a percentage, as the difference in percentage points, state - US,
// "points vs US". Employment and openings are counts, and a state's count against the
// nation's total would put every state near -98%; so they are compared with the average
// state, the US figure divided by the 51 areas drawn (50 states and DC), and say so.
#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/figure/layer_spec.hpp"
#include "core/geo/atlas.hpp"

namespace medmap::figure {

enum class ValueUnit { Usd, Count, Percent, PercentVsUs, PointsVsUs };

inline constexpr int kAreasDrawn = 51;  // the 50 states and DC

struct LayerValues {
    std::vector<std::optional<double>> values;  // parallel to atlas.states
    ValueUnit unit = ValueUnit::Usd;
    double display_step = 1;      // values are shown (and classes bounded) in these steps
    bool diverging = false;
    double centre = 0;            // the diverging scale's neutral middle, in `unit`
    std::optional<double> us;     // the metric's national figure
    // Vs-US views: what each state is compared with (the US figure, or for counts the
    // average state). Empty for the plain metric, or when the US figure is missing.
    std::optional<double> reference;
};

// Throws std::out_of_range for an unknown specialty or year (as Dataset::figures).
LayerValues layer_values(const data::Dataset& dataset, const geo::Atlas& atlas, const LayerSpec& spec);

// A value in its unit: "$31,700", "239,000", "+23.1%", "+5.0%", "+5.0 pts".
std::string format_value(ValueUnit unit, double v);
double display_step(ValueUnit unit);
ValueUnit metric_unit(data::MetricId metric);

}  // namespace medmap::figure
