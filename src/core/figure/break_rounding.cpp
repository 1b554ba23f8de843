#include "core/figure/break_rounding.hpp"

#include <algorithm>
#include <cmath>

namespace medmap::figure {

namespace {

constexpr double kMantissas[] = {1.0, 2.0, 5.0};

// Break rounding skips 2: a grid of 2s would turn 25 into 26 and 75 into 76.
double round_step_below(double raw) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    return raw >= 5 * magnitude * (1 - 1e-9) ? 5 * magnitude : magnitude;
}

// Breaks after rounding to `step`, strictly increasing, above `lo` and up to `hi`: a break
// at `hi` itself is kept, as the start of a last class holding only the maximum.
std::vector<double> rounded_inside(std::span<const double> breaks, double lo, double hi, double step) {
    std::vector<double> out;
    for (double b : breaks) {
        const double r = round_to(b, step);
        if (r > lo && r <= hi && (out.empty() || r > out.back())) out.push_back(r);
    }
    return out;
}

}  // namespace

double nice_step_below(double raw) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double best = magnitude;
    for (double m : kMantissas)
        if (m * magnitude <= raw * (1 + 1e-9)) best = m * magnitude;
    return best;
}

double nice_step_above(double raw) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : kMantissas)
        if (m * magnitude >= raw * (1 - 1e-9)) return m * magnitude;
    return 10.0 * magnitude;
}

double finer_round_step(double step) { return round_step_below(step * 0.99); }

double rounding_step(double spread, double display_step) {
    if (!(spread > 0)) return display_step;
    return std::max(display_step, round_step_below(spread / 50.0));
}

double round_to(double v, double step) {
    const double units = std::round(v / step);
    // Multiplying by a step such as 0.1 leaves noise; dividing by its inverse does not
    // for the decimal steps used here.
    if (step < 1) return units / std::round(1.0 / step);
    return units * step;
}

std::vector<double> round_breaks(std::span<const double> breaks, double lo, double hi, double display_step) {
    // How many distinct breaks there are to keep.
    std::vector<double> distinct;
    for (double b : breaks)
        if (b > lo && b <= hi && (distinct.empty() || b > distinct.back())) distinct.push_back(b);

    double step = rounding_step(hi - lo, display_step);
    std::vector<double> rounded = rounded_inside(breaks, lo, hi, step);
    while (rounded.size() < distinct.size() && step > display_step) {
        step = std::max(display_step, finer_round_step(step));
        rounded = rounded_inside(breaks, lo, hi, step);
    }
    return rounded;
}

double roundest_in_gap(double lower_max, double upper_min, double exact, double display_step) {
    const double reach = std::max(std::fabs(lower_max), std::fabs(upper_min));
    if (!(reach > 0) || !(display_step > 0)) return upper_min;
    // From a power of ten above every value in the gap down to the display step: 10^k,
    // then 5 x 10^(k-1), 10^(k-1), ...
    double step = std::pow(10.0, std::ceil(std::log10(reach)) + 1);
    bool five_next = true;
    // Below the display step only for a gap narrower than it, between derived values such
    // as percentages vs US: a short decimal the legend can still write exactly.
    while (step >= display_step * (1e-2 - 1e-12)) {
        // Tolerance for steps such as 0.1: 0.3 / 0.1 is 2.9999999999999996.
        const double first = std::floor(lower_max / step + 1e-9) + 1, last = std::floor(upper_min / step + 1e-9);
        double best = upper_min;
        bool found = false;
        for (double n : {std::clamp(std::round(exact / step), first, last), first, last}) {
            if (n < first || n > last) continue;
            const double r = round_to(n * step, step);
            if (r <= lower_max || r > upper_min) continue;
            if (!found || std::fabs(r - exact) < std::fabs(best - exact)) best = r;
            found = true;
        }
        if (found) return best;
        step = five_next ? step / 2 : step / 5;
        five_next = !five_next;
    }
    return upper_min;
}

std::vector<double> round_breaks_in_gaps(std::span<const double> sorted, std::span<const double> breaks,
                                         double display_step) {
    std::vector<double> out;
    if (sorted.empty()) return out;
    for (double b : breaks) {
        if (!(b > sorted.front()) || b > sorted.back()) continue;
        // The gap: the largest value below b and the smallest at or above it.
        const auto upper = std::lower_bound(sorted.begin(), sorted.end(), b);
        const double r = roundest_in_gap(*(upper - 1), *upper, b, display_step);
        if (out.empty() || r > out.back()) out.push_back(r);
    }
    return out;
}

}  // namespace medmap::figure
