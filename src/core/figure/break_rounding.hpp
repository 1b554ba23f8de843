#pragma once
// How class breaks are rounded, so a legend reads "$42,000" and not "$42,013.33".
// Two rules, one per kind of method:
//  - Quantile and Jenks breaks separate particular states, so rounding must never move a
//    state across one. Each break goes, on its own, to the roundest number in its gap: above
//    the largest value of the class below it, at or below the smallest value of the class
//    above. "Roundest" is a multiple of the largest 1 or 5 x 10^k that has one there (the
//    one nearest the exact break when several do), never finer than the display step unless
//    the gap is narrower than it (derived percentages vs US: then down to a hundredth of
//    it); when none fits, the break is the upper class's smallest value itself. One outlier far
//    from the rest therefore leaves every other break as round as its own gap allows.
//  - Equal interval (and pretty, already round) breaks are positions on the scale, not
//    between particular states: they are multiples of a round step (1 or 5 times a power of
//    ten) of at most a fiftieth of the values' spread, never finer than the display step. A
//    rounding that would merge two breaks falls back to a finer step.
#include <span>
#include <vector>

namespace medmap::figure {

// The largest 1, 2 or 5 x 10^k at or below `raw` (raw > 0).
double nice_step_below(double raw);
// The smallest 1, 2 or 5 x 10^k at or above `raw` (raw > 0).
double nice_step_above(double raw);
// The next finer rounding step below `step`: 500 -> 100 -> 50 -> 10 ...
double finer_round_step(double step);

// The rounding step for values spreading over `spread`, at least `display_step`.
double rounding_step(double spread, double display_step);

// `v` to the nearest multiple of `step`, without binary-fraction noise (0.30000000000000004).
double round_to(double v, double step);

// Rounds `breaks` (ascending) to multiples of rounding_step(hi - lo, display_step), keeping
// only those above `lo` and at most `hi` (a break at `hi` starts a class of the maximum
// alone), strictly increasing. If that step merges
// breaks that were distinct, finer steps are tried down to `display_step`.
std::vector<double> round_breaks(std::span<const double> breaks, double lo, double hi, double display_step);

// The roundest number r with lower_max < r <= upper_min (see above): a multiple of the
// largest 1 or 5 x 10^k step with one in the gap, the one nearest `exact`; steps under
// `display_step` (to a hundredth of it) only when no multiple of it fits; `upper_min` itself
// when nothing does.
double roundest_in_gap(double lower_max, double upper_min, double exact, double display_step);

// Class-preserving rounding of the exact `breaks` (ascending) of ascending `sorted` values:
// each break moves to the roundest number in its gap, so every value keeps the class the
// exact breaks give it (class i: breaks[i-1] <= v < breaks[i]). Breaks at or below the
// minimum (empty classes) and repeated ones are dropped.
std::vector<double> round_breaks_in_gaps(std::span<const double> sorted, std::span<const double> breaks,
                                         double display_step);

}  // namespace medmap::figure
