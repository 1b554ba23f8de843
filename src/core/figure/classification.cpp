#include "core/figure/classification.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/figure/break_rounding.hpp"

namespace medmap::figure {

namespace {

// R's default (type 7) quantile of sorted data.
double quantile(std::span<const double> sorted, double p) {
    double h = (static_cast<double>(sorted.size()) - 1.0) * p;
    auto lo = static_cast<std::size_t>(std::floor(h));
    auto hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

// Fisher–Jenks natural breaks by dynamic programming: minimises the within-class
// sum of squared deviations. Returns the lower bound of each class after the first.
std::vector<double> jenks_inner_breaks(std::span<const double> sorted, int k) {
    const int n = static_cast<int>(sorted.size());
    const double inf = std::numeric_limits<double>::infinity();
    // prefix sums for O(1) within-class variance
    std::vector<double> s1(n + 1, 0), s2(n + 1, 0);
    for (int i = 0; i < n; ++i) {
        s1[i + 1] = s1[i] + sorted[i];
        s2[i + 1] = s2[i] + sorted[i] * sorted[i];
    }
    auto ssd = [&](int from, int to) {  // values [from, to)
        double cnt = to - from, sum = s1[to] - s1[from];
        return (s2[to] - s2[from]) - sum * sum / cnt;
    };
    // cost[c][i]: best cost of splitting the first i values into c classes
    std::vector<std::vector<double>> cost(k + 1, std::vector<double>(n + 1, inf));
    std::vector<std::vector<int>> cut(k + 1, std::vector<int>(n + 1, 0));
    cost[0][0] = 0;
    for (int c = 1; c <= k; ++c)
        for (int i = c; i <= n; ++i)
            for (int j = c - 1; j < i; ++j) {
                if (cost[c - 1][j] == inf) continue;
                double candidate = cost[c - 1][j] + ssd(j, i);
                if (candidate < cost[c][i]) {
                    cost[c][i] = candidate;
                    cut[c][i] = j;
                }
            }
    std::vector<double> inner;
    for (int c = k, i = n; c > 1; --c) {
        i = cut[c][i];
        inner.push_back(sorted[i]);
    }
    std::reverse(inner.begin(), inner.end());
    return inner;
}

}  // namespace

std::string to_string(ClassMethod m) {
    switch (m) {
        case ClassMethod::Quantile: return "quantile";
        case ClassMethod::EqualInterval: return "equal";
        case ClassMethod::Jenks: return "jenks";
        case ClassMethod::Pretty: return "pretty";
        case ClassMethod::Unclassed: return "unclassed";
    }
    return "quantile";
}

std::optional<ClassMethod> class_method_from_string(const std::string& s) {
    for (auto m : {ClassMethod::Quantile, ClassMethod::EqualInterval, ClassMethod::Jenks,
                   ClassMethod::Pretty, ClassMethod::Unclassed})
        if (to_string(m) == s) return m;
    if (s == "equal-interval") return ClassMethod::EqualInterval;
    return std::nullopt;
}

int Classification::class_of(double v) const {
    if (edges.size() < 2 || v < edges.front() || v > edges.back()) return -1;
    auto it = std::upper_bound(edges.begin(), edges.end(), v);
    int idx = static_cast<int>(it - edges.begin()) - 1;
    return std::min(idx, class_count() - 1);
}

std::vector<double> inner_breaks(std::span<const double> sorted, ClassMethod method, int classes,
                                 double display_step) {
    std::vector<double> inner;
    if (sorted.empty()) return inner;
    const double lo = sorted.front(), hi = sorted.back();
    classes = std::max(1, classes);
    switch (method) {
        case ClassMethod::Quantile:
            for (int i = 1; i < classes; ++i) inner.push_back(quantile(sorted, double(i) / classes));
            break;
        case ClassMethod::EqualInterval:
            for (int i = 1; i < classes; ++i) inner.push_back(lo + (hi - lo) * i / classes);
            break;
        case ClassMethod::Jenks:
            inner = jenks_inner_breaks(sorted, std::min<int>(classes, static_cast<int>(sorted.size())));
            break;
        case ClassMethod::Pretty:
            if (hi > lo) {
                const double s = std::max(display_step, nice_step_above((hi - lo) / classes));
                for (double b = std::floor(lo / s) * s + s; b < hi; b += s) inner.push_back(round_to(b, s));
            }
            break;
        case ClassMethod::Unclassed: break;
    }
    return inner;
}

Classification classify(std::span<const double> values, ClassMethod method, int classes, double display_step) {
    Classification result{method, {}};
    if (values.empty()) return result;
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    const double lo = sorted.front(), hi = sorted.back();

    // Edges: min, rounded inner breaks (strictly increasing, strictly inside), max.
    // Quantile and Jenks breaks separate particular states: rounded within their gaps, so
    // no state changes class (break_rounding.hpp).
    const std::vector<double> exact = inner_breaks(sorted, method, classes, display_step);
    const bool between_states = method == ClassMethod::Quantile || method == ClassMethod::Jenks;
    result.edges.push_back(lo);
    for (double b : between_states ? round_breaks_in_gaps(sorted, exact, display_step)
                                   : round_breaks(exact, lo, hi, display_step))
        result.edges.push_back(b);
    result.edges.push_back(hi);  // a single distinct value gives one class {lo, lo}
    return result;
}

}  // namespace medmap::figure
