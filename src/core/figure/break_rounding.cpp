#include "core/figure/break_rounding.hpp"

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

}  // namespace medmap::figure
