#pragma once
// How every figure is written for people: one place, so the tooltip, `medmap info`,
// the legend and exports show the same text for the same number.
#include <optional>
#include <string>

#include "core/data/dataset.hpp"

namespace medmap::figure {

// Every figure is rounded half away from zero (12.5 -> 13, -12.5 -> -13), and a zero is
// written without a sign.
// `v` with `decimals` decimals: "12.5", "-0.04"; "+" before a positive value if asked.
std::string format_fixed(double v, int decimals, bool plus_sign);
// The decimals (at least `decimals`, at most 3) that keep a nonzero `v` from rounding to
// zero: 1 for 23.1, 2 for -0.04, so no real difference reads "0.0".
int decimals_to_show(double v, int decimals);

std::string format_usd(double v);                 // "$31,700"
std::string format_count(double v);               // "239,000"
std::string format_percent(double v, bool sign);  // "23.1%" or "+23.1%"; "-0.04%"; "0.0%"
std::string format_points(double v);              // percentage points: "+5.0 pts", "-0.3 pts", "0.0 pts"
// A metric's value in its unit, or "no data".
std::string format_metric(data::MetricId metric, const std::optional<double>& v);
// The smallest step the metric is displayed in (1 dollar, 1 job, 0.1 percent).
double display_step(data::MetricId metric);
// "2012-2022" as people write it: "2012–2022" (en dash).
std::string format_period(const std::string& period);
// "+8% vs US" / "-3% vs US" / "-0.3% vs US" (a decimal under 1%) / "-0.02% vs US" (two
// under 0.05%) / "just below US" (under 0.005%) / "same as US" (equal); empty when either
// value is missing or US is 0.
std::string relative_to_us(const std::optional<double>& v, const std::optional<double>& us);

}  // namespace medmap::figure
