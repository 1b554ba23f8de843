#include "core/figure/diverging_classification.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/figure/break_rounding.hpp"

namespace medmap::figure {

namespace {

// Breaks beyond the neutral band on one side, ordered away from the centre: `direction`
// +1 for the upper side (values >= start), -1 for the lower (values < start).
std::vector<double> arm_breaks(std::span<const double> sorted, double start, int direction, ClassMethod method,
                               int classes_per_arm, double h, double display_step) {
    std::vector<double> steps;  // the symmetric rule: start +- 2h, +- 4h, ...
    for (int i = 1; i < classes_per_arm; ++i) steps.push_back(round_to(start + direction * 2.0 * h * i, display_step));
    if (method != ClassMethod::Quantile && method != ClassMethod::Jenks) return steps;

    std::vector<double> arm;
    for (double v : sorted)
        if (direction > 0 ? v >= start : v < start) arm.push_back(v);
    std::vector<double> unique_arm = arm;
    unique_arm.erase(std::unique(unique_arm.begin(), unique_arm.end()), unique_arm.end());
    if (static_cast<int>(unique_arm.size()) < classes_per_arm) return steps;

    const std::vector<double> raw = inner_breaks(arm, method, classes_per_arm, display_step);
    // Each break rounded within its gap, so no state changes class (break_rounding.hpp).
    std::vector<double> rounded = round_breaks_in_gaps(arm, raw, display_step);
    if (static_cast<int>(rounded.size()) != classes_per_arm - 1) return steps;
    if (direction < 0) std::reverse(rounded.begin(), rounded.end());
    return rounded;
}

// The distance from `centre` within which a fraction `p` of the values lie (R's type 7
// quantile of the distances); the largest distance when that is zero.
double distance_within(std::span<const double> values, double centre, double p) {
    std::vector<double> d;
    for (double v : values) d.push_back(std::abs(v - centre));
    std::sort(d.begin(), d.end());
    const double at = (static_cast<double>(d.size()) - 1.0) * p;
    const auto lo = static_cast<std::size_t>(std::floor(at));
    const auto hi = std::min(lo + 1, d.size() - 1);
    const double q = d[lo] + (at - static_cast<double>(lo)) * (d[hi] - d[lo]);
    return q > 0 ? q : d.back();
}

}  // namespace

int diverging_class_count(int classes) {
    const int odd = classes % 2 == 0 ? classes + 1 : classes;
    return std::clamp(odd, kMinClasses, kMaxClasses);
}

double neutral_half_width(double reach, double max_reach, int classes, double display_step) {
    if (!(reach > 0)) return display_step;
    const int k = diverging_class_count(classes), m = k / 2;
    const double raw = reach / k;
    const double below = nice_step_below(raw), above = nice_step_above(raw);
    // The nearer of the two in ratio, unless it would leave the outermost class empty on
    // the side that reaches furthest.
    double h = (above / raw < raw / below) ? above : below;
    if ((2 * m - 1) * h >= max_reach) h = below;
    return std::max(display_step, h);
}

Classification classify_diverging(std::span<const double> values, double centre, ClassMethod method, int classes,
                                  double display_step) {
    Classification result{method, {}, true, centre};
    if (values.empty()) return result;
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    const double lo = sorted.front(), hi = sorted.back();
    const double reach = std::max(hi - centre, centre - lo);

    if (method == ClassMethod::Unclassed || !(reach > 0)) {
        // min/max: centre - (centre - lo) may land a rounding error above lo.
        result.edges = {std::min(lo, centre - std::max(reach, 0.0)), std::max(hi, centre + std::max(reach, 0.0))};
        return result;
    }
    const int k = diverging_class_count(classes), m = k / 2;
    const double reach90 = distance_within(sorted, centre, 0.9);
    // Equal interval: k equal classes over centre +- reach90, their width rounded like any
    // break; every other method: the nice neutral half-width.
    double h = neutral_half_width(reach90, reach, k, display_step);
    if (method == ClassMethod::EqualInterval) {
        h = std::max(display_step, round_to(reach90 / k, rounding_step(2 * reach, display_step)));
        if ((2 * m - 1) * h >= reach) h = std::max(display_step, round_to(reach / (2 * m), display_step));
    }
    const double band_lo = round_to(centre - h, display_step), band_hi = round_to(centre + h, display_step);

    std::vector<double> lower = arm_breaks(sorted, band_lo, -1, method, m, h, display_step);
    std::vector<double> upper = arm_breaks(sorted, band_hi, +1, method, m, h, display_step);
    std::reverse(lower.begin(), lower.end());  // ascending

    std::vector<double> inner = lower;
    inner.push_back(band_lo);
    inner.push_back(band_hi);
    inner.insert(inner.end(), upper.begin(), upper.end());
    // The outer edges hold every value; a side no value reaches gets a nominal class 2h wide.
    result.edges.push_back(lo < inner.front() ? lo : round_to(inner.front() - 2 * h, display_step));
    result.edges.insert(result.edges.end(), inner.begin(), inner.end());
    result.edges.push_back(hi >= inner.back() ? hi : round_to(inner.back() + 2 * h, display_step));
    return result;
}

}  // namespace medmap::figure
