#include "core/figure/legend_labels.hpp"

#include "core/figure/break_rounding.hpp"

namespace medmap::figure {

std::vector<std::string> class_labels(const Classification& c, ValueUnit unit) {
    std::vector<std::string> labels;
    const int n = c.class_count();
    const auto& e = c.edges;
    auto text = [unit](double v) { return format_value(unit, v); };
    if (n == 1) {
        labels.push_back(e[0] == e[1] ? text(e[0]) : text(e[0]) + " \u2013 " + text(e[1]));
        return labels;
    }
    const double step = display_step(unit);
    for (int i = 0; i < n; ++i) {
        if (i == 0) {
            labels.push_back("under " + text(e[1]));
        } else if (i == n - 1) {
            labels.push_back(text(e[i]) + " and over");
        } else {
            const double upper = round_to(e[i + 1] - step, step);
            labels.push_back(upper <= e[i] ? text(e[i]) : text(e[i]) + " \u2013 " + text(upper));
        }
    }
    return labels;
}

}  // namespace medmap::figure
