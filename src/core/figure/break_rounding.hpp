#pragma once
// How class breaks are rounded, so a legend reads "$42,000" and not "$42,013.33".
// One rule for every method and metric: breaks are multiples of a round step (1 or 5 times
// a power of ten) of at most a fiftieth of the values' spread, which keeps two to three
// significant digits (wages to $500, growth to half a point), never finer than the step the
// metric is displayed in. A rounding that would merge two breaks falls back to a finer step.
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

}  // namespace medmap::figure
