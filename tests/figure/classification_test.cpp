#include <catch2/catch.hpp>
#include <algorithm>
#include <vector>

#include <cmath>

#include "core/figure/break_rounding.hpp"
#include "core/figure/classification.hpp"

using namespace medmap::figure;
using Catch::Matchers::Equals;

TEST_CASE("quantile breaks split the values into equal-count classes") {
    std::vector<double> v{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    auto c = classify(v, ClassMethod::Quantile, 5, 1.0);
    // type-7 quantiles 2.8, 4.6, 6.4, 8.2, each rounded within its gap: (2, 3], (4, 5] ...
    // so every class keeps its two values.
    CHECK_THAT(c.edges, Equals(std::vector<double>{1, 3, 5, 7, 9, 10}));
    CHECK(c.class_count() == 5);
}

TEST_CASE("a boundary value belongs to the class that starts at it") {
    Classification c{ClassMethod::Quantile, {0, 10, 20}};
    CHECK(c.class_of(0) == 0);
    CHECK(c.class_of(9.99) == 0);
    CHECK(c.class_of(10) == 1);
    CHECK(c.class_of(20) == 1);  // the maximum is in the last class
    CHECK(c.class_of(-1) == -1);
    CHECK(c.class_of(21) == -1);
}

TEST_CASE("equal interval breaks are evenly spaced between min and max") {
    std::vector<double> v{0, 100, 37, 64};
    auto c = classify(v, ClassMethod::EqualInterval, 4, 1.0);
    CHECK_THAT(c.edges, Equals(std::vector<double>{0, 25, 50, 75, 100}));
}

TEST_CASE("ties and a single distinct value give fewer classes, never empty ones") {
    std::vector<double> ties{5, 5, 5, 5, 5, 5, 9};
    auto c = classify(ties, ClassMethod::Quantile, 5, 1.0);
    CHECK_THAT(c.edges, Equals(std::vector<double>{5, 9}));
    std::vector<double> one{7, 7, 7};
    auto single = classify(one, ClassMethod::Quantile, 5, 1.0);
    REQUIRE(single.class_count() == 1);
    CHECK(single.class_of(7) == 0);
    CHECK(classify(std::vector<double>{}, ClassMethod::Quantile, 5, 1.0).class_count() == 0);
}

TEST_CASE("Jenks finds the natural gaps of a hand-worked example") {
    // Three clusters: the optimal 3-class split starts classes at 10 and 20.
    std::vector<double> v{1, 2, 3, 10, 11, 12, 20, 21, 22};
    auto c = classify(v, ClassMethod::Jenks, 3, 1.0);
    CHECK_THAT(c.edges, Equals(std::vector<double>{1, 10, 20, 22}));
}

TEST_CASE("pretty breaks are round numbers") {
    std::vector<double> v{31234, 36000, 41000, 47890};
    auto c = classify(v, ClassMethod::Pretty, 4, 1.0);
    for (std::size_t i = 1; i + 1 < c.edges.size(); ++i) CHECK(static_cast<long>(c.edges[i]) % 5000 == 0);
    CHECK(c.edges.front() == 31234);
    CHECK(c.edges.back() == 47890);
}

TEST_CASE("breaks are rounded to the display step before classifying") {
    std::vector<double> v{1.04, 2.26, 3.51, 4.97};
    auto c = classify(v, ClassMethod::EqualInterval, 2, 0.1);
    REQUIRE(c.edges.size() == 3);
    CHECK(c.edges[1] == Approx(3.0));
}

TEST_CASE("quantile and Jenks breaks go to the roundest number in the gap between two classes") {
    // Type-7 quintiles of these wages fall between the 2nd and 3rd, 4th and 5th ... values;
    // each break goes to the roundest number in that gap.
    std::vector<double> wages{24570, 28013, 29950, 31422, 33333, 36871, 40217, 44444, 49999, 54140};
    auto c = classify(wages, ClassMethod::Quantile, 5, 1.0);
    REQUIRE(c.class_count() == 5);
    // Gaps (28013, 29950], (31422, 33333], (36871, 40217], (44444, 49999].
    CHECK_THAT(c.edges, Equals(std::vector<double>{24570, 29000, 33000, 40000, 45000, 54140}));
    for (double v : wages) CHECK(c.class_of(v) == static_cast<int>(std::find(wages.begin(), wages.end(), v) - wages.begin()) / 2);

    CHECK(roundest_in_gap(26850, 26860, 26860, 1.0) == 26860);  // nothing rounder fits: the value itself
    CHECK(roundest_in_gap(26500, 38000, 36000, 1.0) == 30000);
    CHECK(roundest_in_gap(-0.3, 0.5, 0.2, 0.1) == 0);
    CHECK(roundest_in_gap(12.04, 12.36, 12.3, 0.1) == 12.3);  // 12.1 .. 12.3: the one nearest the exact break
    CHECK(roundest_in_gap(41, 49, 44, 1.0) == 45);
    CHECK(roundest_in_gap(102, 108, 104, 1.0) == 105);
    CHECK(roundest_in_gap(101, 104, 102.4, 1.0) == 102);  // 1s: the one nearest the exact break
    // A gap narrower than the display step (derived percentages): a finer short decimal.
    CHECK(roundest_in_gap(0.31, 0.34, 0.33, 0.1) == Approx(0.33));
    CHECK(roundest_in_gap(0.3111, 0.3112, 0.3112, 0.1) == 0.3112);  // nothing short fits: the value
}

TEST_CASE("equal interval breaks round to a nice step from the values' spread, never finer than the display step") {

    // Growth over a 43-point spread rounds to half points; a narrow spread to the display step.
    std::vector<double> growth{4.5, 9.8, 13.3, 18.7, 22.2, 26.9, 31.4, 47.5};
    auto g = classify(growth, ClassMethod::EqualInterval, 4, 0.1);
    // 15.25, 26 and 36.75 to the nearest half point.
    CHECK_THAT(g.edges, Equals(std::vector<double>{4.5, 15.5, 26.0, 37.0, 47.5}));
    std::vector<double> narrow{10.1, 10.2, 10.4, 10.5};
    auto n = classify(narrow, ClassMethod::EqualInterval, 2, 0.1);
    CHECK_THAT(n.edges, Equals(std::vector<double>{10.1, 10.3, 10.5}));
}

TEST_CASE("a rounding that would merge two breaks falls back to a finer step") {
    // A fiftieth of the spread is 20 (rounded to 10), but breaks at 1,004 and 1,013 would both round to
    // 1,000: the step drops until they stay apart.
    std::vector<double> v{1000, 1004, 1008, 1013, 1017, 2000};
    auto c = classify(v, ClassMethod::Quantile, 4, 1.0);
    REQUIRE(c.class_count() == 4);
    for (std::size_t i = 1; i < c.edges.size(); ++i) CHECK(c.edges[i] > c.edges[i - 1]);
}

TEST_CASE("nice steps are 1, 2 or 5 times a power of ten") {
    CHECK(nice_step_below(591) == 500);
    CHECK(nice_step_below(0.86) == Approx(0.5));
    CHECK(nice_step_below(200) == 200);
    CHECK(nice_step_above(4164) == 5000);
    CHECK(nice_step_above(0.11) == Approx(0.2));
    // Break rounding uses 1s and 5s only: a grid of 2s would turn 25 into 26.
    CHECK(finer_round_step(500) == 100);
    CHECK(finer_round_step(100) == 50);
    CHECK(rounding_step(29570, 1.0) == 500);
    CHECK(rounding_step(19800, 1.0) == 100);
    CHECK(rounding_step(3, 1.0) == 1);  // never finer than whole dollars
    CHECK(round_to(23.1 + 5.0, 0.1) == 28.1);  // no binary-fraction noise in a label
}

TEST_CASE("Jenks: a hand-worked example with unequal clusters") {
    // Sum of squared deviations for the 2-class splits of {1, 2, 3, 4, 20}:
    //   {1}{2,3,4,20}: 0 + 218 = 218;  {1,2}{3,4,20}: 0.5 + 184.67 = 185.17;
    //   {1,2,3}{4,20}: 2 + 128 = 130;  {1,2,3,4}{20}: 5 + 0 = 5  <- the least.
    std::vector<double> v{4, 1, 20, 3, 2};
    auto c = classify(v, ClassMethod::Jenks, 2, 1.0);
    CHECK_THAT(c.edges, Equals(std::vector<double>{1, 20, 20}));
    // Three classes of {1, 2, 10, 11, 12, 30}: {1,2}{10,11,12}{30} costs 0.5 + 2 + 0.
    std::vector<double> w{1, 2, 10, 11, 12, 30};
    CHECK_THAT(classify(w, ClassMethod::Jenks, 3, 1.0).edges, Equals(std::vector<double>{1, 10, 30, 30}));
}

TEST_CASE("every method: ties, a single distinct value and no values at all") {
    for (auto method : {ClassMethod::Quantile, ClassMethod::EqualInterval, ClassMethod::Jenks, ClassMethod::Pretty,
                        ClassMethod::Unclassed}) {
        INFO(to_string(method));
        std::vector<double> one{42000, 42000, 42000};
        auto single = classify(one, method, 5, 1.0);
        REQUIRE(single.class_count() == 1);
        CHECK(single.class_of(42000) == 0);
        CHECK(classify(std::vector<double>{}, method, 5, 1.0).class_count() == 0);
        // Heavy ties never produce an empty class: every class holds a value.
        std::vector<double> ties{5, 5, 5, 5, 5, 5, 6, 9, 9, 9};
        auto c = classify(ties, method, 5, 1.0);
        std::vector<int> count(static_cast<std::size_t>(c.class_count()), 0);
        for (double v : ties) ++count[static_cast<std::size_t>(c.class_of(v))];
        if (method != ClassMethod::EqualInterval && method != ClassMethod::Pretty)
            for (int k : count) CHECK(k > 0);
    }
}
