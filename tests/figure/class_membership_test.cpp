// Rounding a break must never move a state out of the class the exact method gives it.
// The exact methods are written here a second time, independently of classification.cpp:
// R's type-7 quantile, and Jenks as Wang and Song's ckmeans dynamic programme (running
// sums over each candidate class, not prefix sums), so a shared mistake cannot hide.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "core/figure/classification.hpp"
#include "core/figure/layer_values.hpp"
#include "core/figure/legend_labels.hpp"
#include "core/figure/number_format.hpp"
#include "figure_test_support.hpp"

using namespace medmap::figure;
using medmap::data::MetricId;

namespace {

std::vector<double> reference_quantile_breaks(const std::vector<double>& sorted, int k) {
    std::vector<double> out;
    for (int i = 1; i < k; ++i) {
        const double h = (static_cast<double>(sorted.size()) - 1) * i / k;
        const auto lo = static_cast<std::size_t>(h);
        const auto hi = std::min(lo + 1, sorted.size() - 1);
        out.push_back(sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]));
    }
    return out;
}

// ckmeans: cost[c][i] is the least within-class sum of squares of the first i + 1 values
// in c + 1 classes; the last class's sum of squares is grown one value at a time.
std::vector<double> reference_jenks_breaks(const std::vector<double>& sorted, int k) {
    const int n = static_cast<int>(sorted.size());
    k = std::min(k, n);
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> cost(k, std::vector<double>(n, inf));
    std::vector<std::vector<int>> first(k, std::vector<int>(n, 0));
    for (int c = 0; c < k; ++c) {
        for (int i = c; i < n; ++i) {
            double mean = 0, ssq = 0;
            // The last class is sorted[j..i]; grow it leftwards with Welford's update.
            for (int j = i, size = 1; j >= c; --j, ++size) {
                const double delta = sorted[j] - mean;
                mean += delta / size;
                ssq += delta * (sorted[j] - mean);
                const double before = c == 0 ? (j == 0 ? 0 : inf) : (j > 0 ? cost[c - 1][j - 1] : inf);
                if (before == inf) continue;
                // Ties in cost go to the earliest cut, as any optimum would do; the tolerance
                // absorbs the two summation orders.
                if (before + ssq <= cost[c][i] * (1 + 1e-12)) {
                    cost[c][i] = before + ssq;
                    first[c][i] = j;
                }
            }
        }
    }
    std::vector<double> out;
    for (int c = k - 1, i = n - 1; c > 0; --c) {
        const int j = first[c][i];
        out.push_back(sorted[j]);
        i = j - 1;
    }
    std::reverse(out.begin(), out.end());
    return out;
}

// The class an exact break list gives `v`: the number of breaks at or below it.
int exact_class(const std::vector<double>& breaks, double v) {
    return static_cast<int>(std::upper_bound(breaks.begin(), breaks.end(), v) - breaks.begin());
}

std::vector<double> present_values(const std::string& specialty, MetricId metric) {
    LayerSpec spec;
    spec.specialty = specialty;
    spec.metric = metric;
    std::vector<double> out;
    for (const auto& v : layer_values(figure_test::dataset(), figure_test::atlas(), spec).values)
        if (v) out.push_back(*v);
    std::sort(out.begin(), out.end());
    return out;
}

struct Sizes {
    std::vector<int> exact, drawn;
};

}  // namespace

TEST_CASE("no state changes class by rounding: every specialty x metric x quantile/Jenks x 3-9 classes") {
    int maps = 0, states = 0;
    for (const auto& specialty : figure_test::dataset().specialties()) {
        for (const auto& metric : figure_test::dataset().metrics()) {
            const std::vector<double> sorted = present_values(specialty.slug, metric.id);
            if (sorted.size() < 2) continue;
            const double step = display_step(metric.id);
            for (ClassMethod method : {ClassMethod::Quantile, ClassMethod::Jenks}) {
                for (int k = kMinClasses; k <= kMaxClasses; ++k) {
                    INFO(specialty.slug << " " << metric.slug << " " << to_string(method) << " " << k);
                    const std::vector<double> exact = method == ClassMethod::Quantile
                                                          ? reference_quantile_breaks(sorted, k)
                                                          : reference_jenks_breaks(sorted, k);
                    // The method itself matches the reference before any rounding.
                    const std::vector<double> unrounded = inner_breaks(sorted, method, k, step);
                    REQUIRE(unrounded.size() == exact.size());
                    for (std::size_t i = 0; i < exact.size(); ++i) CHECK(unrounded[i] == Approx(exact[i]).epsilon(1e-12));

                    const Classification c = classify(sorted, method, k, step);
                    // Classes the exact breaks leave empty are dropped: compare by rank.
                    std::vector<int> exact_rank;
                    for (double v : sorted) exact_rank.push_back(exact_class(exact, v));
                    std::vector<int> used = exact_rank;
                    used.erase(std::unique(used.begin(), used.end()), used.end());
                    for (std::size_t s = 0; s < sorted.size(); ++s) {
                        const int expected =
                            static_cast<int>(std::lower_bound(used.begin(), used.end(), exact_rank[s]) - used.begin());
                        INFO("value " << sorted[s]);
                        CHECK(c.class_of(sorted[s]) == expected);
                        ++states;
                    }
                    CHECK(c.class_count() == static_cast<int>(used.size()));
                    // Every inner break lies in its gap and is a multiple of the display step or a value.
                    for (int i = 1; i < c.class_count(); ++i) CHECK(c.edges[i] > c.edges[i - 1]);
                    ++maps;
                }
            }
        }
    }
    CHECK(maps >= 12 * 5 * 2 * 7 - 2 * 7 * 5);  // a specialty may lack a metric entirely
    CHECK(states > 40 * maps);
}

TEST_CASE("quantile classes are as even as ties allow: 51 states in 5 classes hold 10 or 11 each") {
    std::vector<double> distinct;
    for (int i = 0; i < 51; ++i) distinct.push_back(30000 + 173.0 * i);
    auto sizes = [](const std::vector<double>& values, const Classification& c) {
        std::vector<int> n(static_cast<std::size_t>(c.class_count()), 0);
        for (double v : values) ++n[static_cast<std::size_t>(c.class_of(v))];
        return n;
    };
    for (int k = kMinClasses; k <= kMaxClasses; ++k) {
        INFO(k << " classes");
        for (int n : sizes(distinct, classify(distinct, ClassMethod::Quantile, k, 1.0))) {
            CHECK(n >= 51 / k);
            CHECK(n <= (51 + k - 1) / k);
        }
    }
    // Sonography mean wage drew 11/9/12/8/11 when breaks were rounded to $500 first.
    const std::vector<double> sono = present_values("sonography", MetricId::MeanWage);
    const auto c = classify(sono, ClassMethod::Quantile, 5, 1.0);
    const std::vector<int> n = sizes(sono, c);
    INFO("sonography mean wage, " << sono.size() << " states");
    for (int count : n) {
        CHECK(count >= static_cast<int>(sono.size()) / 5);
        CHECK(count <= static_cast<int>(sono.size() + 4) / 5);
    }
    // Across the real data: where no two states tie, every map is as even as that.
    for (const auto& specialty : figure_test::dataset().specialties()) {
        for (const auto& metric : figure_test::dataset().metrics()) {
            const std::vector<double> v = present_values(specialty.slug, metric.id);
            if (v.size() < 10 || std::adjacent_find(v.begin(), v.end()) != v.end()) continue;
            for (int k = kMinClasses; k <= kMaxClasses; ++k) {
                INFO(specialty.slug << " " << metric.slug << " " << k);
                for (int count : sizes(v, classify(v, ClassMethod::Quantile, k, display_step(metric.id)))) {
                    CHECK(count >= static_cast<int>(v.size()) / k);
                    CHECK(count <= static_cast<int>(v.size() + k - 1) / k);
                }
            }
        }
    }
}

TEST_CASE("regression: pharmacy median wage, Jenks, 7 classes keeps Mississippi in the class starting at it") {
    const std::vector<double> v = present_values("pharmacy", MetricId::MedianWage);
    const auto c = classify(v, ClassMethod::Jenks, 7, 1.0);
    const auto exact = reference_jenks_breaks(v, 7);
    LayerSpec spec;
    spec.specialty = "pharmacy";
    spec.metric = MetricId::MedianWage;
    const auto values = layer_values(figure_test::dataset(), figure_test::atlas(), spec).values;
    const double mississippi = *values[figure_test::state_index("MS")];
    INFO("Mississippi " << mississippi << ", exact breaks from " << exact.front());
    CHECK(c.class_of(mississippi) == exact_class(exact, mississippi));
    for (const char* usps : {"MS", "KS", "MT", "NM", "ND"}) {
        INFO(usps);
        const double x = *values[figure_test::state_index(usps)];
        CHECK(c.class_of(x) == exact_class(exact, x));
    }
    // Its label says where the class truly starts.
    const auto labels = class_labels(c, ValueUnit::Usd);
    const int ms_class = c.class_of(mississippi);
    REQUIRE(ms_class > 0);
    CHECK(c.edges[static_cast<std::size_t>(ms_class)] <= mississippi);
    CHECK(c.edges[static_cast<std::size_t>(ms_class)] > v[static_cast<std::size_t>(
                                                            std::lower_bound(v.begin(), v.end(), mississippi) - v.begin()) - 1]);
}

TEST_CASE("regression: dental-hygiene employment, Jenks, 5 classes: one outlier leaves the other breaks round") {
    const std::vector<double> v = present_values("dental-hygiene", MetricId::Employment);
    const auto c = classify(v, ClassMethod::Jenks, 5, 1.0);
    REQUIRE(c.class_count() == 5);
    const auto exact = reference_jenks_breaks(v, 5);
    for (double x : v) CHECK(c.class_of(x) == exact_class(exact, x));
    // The top class holds one state far above the rest; the breaks below it were rounded to
    // tens with it. Now each is as round as its own gap allows: two significant digits or fewer.
    for (int i = 1; i < c.class_count(); ++i) {
        const double b = c.edges[static_cast<std::size_t>(i)];
        const double unit = std::pow(10.0, std::floor(std::log10(b)) - 1);
        INFO("break " << b);
        CHECK(std::fmod(b, unit) == 0);
    }
}
