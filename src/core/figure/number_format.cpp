#include "core/figure/number_format.hpp"

#include <algorithm>
#include <cmath>

namespace medmap::figure {

namespace {

std::string with_thousands(long long n) {
    std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out;
    int count = 0;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (count > 0 && count % 3 == 0) out.push_back(',');
        out.push_back(*it);
        ++count;
    }
    if (n < 0) out.push_back('-');
    return {out.rbegin(), out.rend()};
}

// The most decimals a small nonzero percentage is given before it is written as zero.
constexpr int kMaxDecimals = 3;

// |v| x 10^decimals rounded half away from zero (printf rounds half to even, so -12.5
// would print as -12). The figures are decimal numbers stored in binary: 0.15 is a hair
// under 0.15, so a half within a relative 1e-9 counts as a half.
long long scaled_magnitude(double v, int decimals) {
    const double scaled = std::fabs(v) * std::pow(10.0, decimals);
    const double whole = std::floor(scaled);
    return static_cast<long long>(scaled - whole >= 0.5 - 1e-9 * std::max(1.0, scaled) ? whole + 1 : whole);
}

}  // namespace

std::string format_fixed(double v, int decimals, bool plus_sign) {
    const long long units = scaled_magnitude(v, decimals);
    std::string digits = std::to_string(units);
    if (decimals > 0) {
        if (digits.size() <= static_cast<std::size_t>(decimals))
            digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
        digits.insert(digits.size() - static_cast<std::size_t>(decimals), ".");
    }
    // No sign on a zero: "-0.0" and "+0.0" claim a direction there is none of.
    if (units == 0) return digits;
    return (v < 0 ? "-" : plus_sign ? "+" : "") + digits;
}

int decimals_to_show(double v, int decimals) {
    if (v == 0 || !std::isfinite(v)) return decimals;
    while (decimals < kMaxDecimals && scaled_magnitude(v, decimals) == 0) ++decimals;
    return decimals;
}

std::string format_usd(double v) {
    const long long n = static_cast<long long>(scaled_magnitude(v, 0));
    return (v < 0 && n != 0 ? "-$" : "$") + with_thousands(n);
}

std::string format_count(double v) {
    const long long n = static_cast<long long>(scaled_magnitude(v, 0));
    return (v < 0 && n != 0 ? "-" : "") + with_thousands(n);
}

std::string format_percent(double v, bool sign) { return format_fixed(v, decimals_to_show(v, 1), sign) + "%"; }

std::string format_points(double v) { return format_fixed(v, decimals_to_show(v, 1), true) + " pts"; }

std::string format_metric(data::MetricId metric, const std::optional<double>& v) {
    if (!v) return "no data";
    switch (metric) {
        case data::MetricId::MedianWage:
        case data::MetricId::MeanWage:
        case data::MetricId::AdjustedMedianWage:
        case data::MetricId::AdjustedMeanWage: return format_usd(*v);
        case data::MetricId::Employment:
        case data::MetricId::Openings: return format_count(*v);
        case data::MetricId::Growth: return format_percent(*v, true);
    }
    return "no data";
}

double display_step(data::MetricId metric) {
    return metric == data::MetricId::Growth ? 0.1 : 1.0;
}

std::string format_period(const std::string& period) {
    std::string out;
    for (char c : period) out += (c == '-') ? std::string("\u2013") : std::string(1, c);
    return out;
}

std::string relative_to_us(const std::optional<double>& v, const std::optional<double>& us) {
    if (!v || !us || *us == 0) return {};
    if (*v == *us) return "same as US";
    const double pct = (*v / *us - 1.0) * 100.0;
    // Whole percents from 1% up; under that a decimal, or two, so a real difference never
    // reads "0%"; one too small even for that is put in words.
    int decimals = scaled_magnitude(pct, 1) >= 10 ? 0 : 1;
    if (scaled_magnitude(pct, decimals) == 0) decimals = 2;
    if (scaled_magnitude(pct, decimals) == 0) return pct < 0 ? "just below US" : "just above US";
    return format_fixed(pct, decimals, true) + "% vs US";
}

}  // namespace medmap::figure
