#pragma once
// How every figure is written for people: one place, so the tooltip, `medmap info`,
// the legend and exports show the same text for the same number.
#include <optional>
#include <string>

#include "core/data/dataset.hpp"

namespace medmap::figure {

std::string format_usd(double v);                 // "$31,700"
std::string format_count(double v);               // "239,000"
std::string format_percent(double v, bool sign);  // "23.1%" or "+23.1%"
std::string format_points(double v);              // percentage points: "+5.0 pts", "-0.3 pts"
// A metric's value in its unit, or "no data".
std::string format_metric(data::MetricId metric, const std::optional<double>& v);
// The smallest step the metric is displayed in (1 dollar, 1 job, 0.1 percent).
double display_step(data::MetricId metric);
// "2012-2022" as people write it: "2012–2022" (en dash).
std::string format_period(const std::string& period);
// "+8% vs US" / "-3% vs US" / "-0.3% vs US" (a decimal under 1%) / "same as US" (equal);
// empty when either value is missing or US is 0.
std::string relative_to_us(const std::optional<double>& v, const std::optional<double>& us);

}  // namespace medmap::figure
