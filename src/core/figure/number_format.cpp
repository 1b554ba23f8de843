#include "core/figure/number_format.hpp"

#include <cmath>
#include <cstdio>

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
}  // namespace

std::string format_usd(double v) {
    long long n = std::llround(v);
    return (n < 0 ? "-$" : "$") + with_thousands(n < 0 ? -n : n);
}

std::string format_count(double v) { return with_thousands(std::llround(v)); }

std::string format_percent(double v, bool sign) {
    char buf[32];
    double rounded = std::round(v * 10.0) / 10.0;
    if (rounded == 0) rounded = 0;  // no "-0.0%"
    std::snprintf(buf, sizeof buf, sign ? "%+.1f%%" : "%.1f%%", rounded);
    return buf;
}

std::string format_points(double v) {
    char buf[32];
    double rounded = std::round(v * 10.0) / 10.0;
    if (rounded == 0) rounded = 0;  // no "-0.0 pts"
    std::snprintf(buf, sizeof buf, "%+.1f pts", rounded);
    return buf;
}

std::string format_metric(data::MetricId metric, const std::optional<double>& v) {
    if (!v) return "no data";
    switch (metric) {
        case data::MetricId::MedianWage:
        case data::MetricId::MeanWage: return format_usd(*v);
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
    char buf[32];
    // Under 1% a whole-percent figure would read "0%" for a real difference: keep a decimal.
    std::snprintf(buf, sizeof buf, std::fabs(pct) < 0.95 ? "%+.1f%% vs US" : "%+.0f%% vs US", pct);
    return buf;
}

}  // namespace medmap::figure
