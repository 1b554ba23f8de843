#include "core/figure/legend_labels.hpp"

#include <algorithm>
#include <cmath>

#include "core/figure/break_rounding.hpp"
#include "core/figure/number_format.hpp"

namespace medmap::figure {

std::vector<std::string> class_labels(const Classification& c, ValueUnit unit) {
    std::vector<std::string> labels;
    const int n = c.class_count();
    const auto& e = c.edges;
    const bool percent = unit == ValueUnit::Percent || unit == ValueUnit::PercentVsUs || unit == ValueUnit::PointsVsUs;
    // A break between derived values may be finer than the display step (+2.34% vs US):
    // it is written with the decimals it has, and the class below ends one such step under it.
    auto decimals = [&](double v) {
        int d = 1;
        while (percent && d < 3 && std::fabs(round_to(v, std::pow(10.0, -d)) - v) > 1e-9) ++d;
        return d;
    };
    auto text = [&](double v) {
        if (!percent || decimals(v) == 1) return format_value(unit, v);
        const std::string number = format_fixed(v, decimals(v), true);
        return unit == ValueUnit::PointsVsUs ? number + " pts" : number + "%";
    };
    if (n == 1) {
        // The data's own extremes, in the display step.
        const auto value = [unit](double v) { return format_value(unit, v); };
        labels.push_back(e[0] == e[1] ? value(e[0]) : value(e[0]) + " \u2013 " + value(e[1]));
        return labels;
    }
    const double step = display_step(unit);
    for (int i = 0; i < n; ++i) {
        if (i == 0) {
            labels.push_back("under " + text(e[1]));
        } else if (i == n - 1) {
            labels.push_back(text(e[i]) + " and over");
        } else {
            const double below = percent ? std::min(step, std::pow(10.0, -decimals(e[i + 1]))) : step;
            const double upper = round_to(e[i + 1] - below, below);
            labels.push_back(upper <= e[i] ? text(e[i]) : text(e[i]) + " \u2013 " + text(upper));
        }
    }
    return labels;
}

}  // namespace medmap::figure
