#include <catch2/catch.hpp>
#include <vector>

#include "core/figure/diverging_classification.hpp"

using namespace medmap::figure;
using Catch::Matchers::Equals;

namespace {
// EMT growth 2012-2022 in the shape of the real data: US 23.1%, most states below it.
const std::vector<double> kGrowth{4.5, 7.9, 9.6, 12.0, 14.4, 15.8, 17.2, 18.1, 19.9, 21.3,
                                  23.1, 24.0, 26.5, 29.0, 31.7, 35.2, 38.1, 41.0, 44.0, 47.5};
}  // namespace

TEST_CASE("diverging class counts are odd: a neutral middle class with as many on each side") {
    CHECK(diverging_class_count(5) == 5);
    CHECK(diverging_class_count(4) == 5);
    CHECK(diverging_class_count(8) == 9);
    CHECK(diverging_class_count(9) == 9);
    CHECK(diverging_class_count(1) == 3);
    CHECK(diverging_class_count(12) == 9);
}

TEST_CASE("symmetric steps: a colour is the same distance from the centre on both sides") {
    // 90% of the values lie within 18.83 points of the US 23.1% (type-7 quantile of the
    // distances); 18.83 / 5 = 3.77, whose nearest nice number is 5: the neutral class is
    // the US value +- 5 points, the next classes 10 points wide.
    auto c = classify_diverging(kGrowth, 23.1, ClassMethod::Pretty, 5, 0.1);
    REQUIRE(c.diverging);
    REQUIRE(c.class_count() == 5);
    CHECK(c.middle_class() == 2);
    CHECK_THAT(c.edges, Equals(std::vector<double>{4.5, 8.1, 18.1, 28.1, 38.1, 47.5}));
    CHECK(c.class_of(23.1) == 2);
    CHECK(c.class_of(18.1) == 2);  // the band's lower edge belongs to the band
    CHECK(c.class_of(28.0) == 2);
    CHECK(c.class_of(28.1) == 3);
    CHECK(c.class_of(4.5) == 0);
    CHECK(c.class_of(47.5) == 4);
    // An even count asks for the next odd one.
    CHECK(classify_diverging(kGrowth, 23.1, ClassMethod::Pretty, 4, 0.1).class_count() == 5);
    // Equal interval: 3.77 rounded to the half point (a fiftieth of the 48.8-point span).
    auto equal = classify_diverging(kGrowth, 23.1, ClassMethod::EqualInterval, 5, 0.1);
    CHECK_THAT(equal.edges, Equals(std::vector<double>{4.5, 11.1, 19.1, 27.1, 35.1, 47.5}));
}

TEST_CASE("one outlier does not wash every other value into the neutral class") {
    const std::vector<double> v{-9, -7, -5, -3, -1, 1, 3, 5, 7, 9, 100};
    // 90% lie within 9 of zero: 9 / 5 = 1.8 -> 2, not 100 / 5 = 20.
    auto c = classify_diverging(v, 0.0, ClassMethod::Pretty, 5, 0.1);
    CHECK_THAT(c.edges, Equals(std::vector<double>{-9, -6, -2, 2, 6, 100}));
    std::vector<int> count(5, 0);
    for (double x : v) ++count[static_cast<std::size_t>(c.class_of(x))];
    CHECK(count == std::vector<int>{2, 2, 2, 2, 3});
}

TEST_CASE("quantile arms: each side's values split into equal-count classes beyond the band") {
    auto c = classify_diverging(kGrowth, 23.1, ClassMethod::Quantile, 5, 0.1);
    REQUIRE(c.class_count() == 5);
    // The band is the same as with steps: [18.1, 28.1).
    CHECK(c.edges[2] == Approx(18.1));
    CHECK(c.edges[3] == Approx(28.1));
    // Below 18.1: 4.5 7.9 9.6 12.0 14.4 15.8 17.2, median 12.0, rounded within (9.6, 12.0];
    // from 28.1: 29.0 31.7 35.2 38.1 41.0 44.0 47.5, median 38.1, within (35.2, 38.1].
    CHECK(c.edges[1] == Approx(10.0));
    CHECK(c.edges[4] == Approx(38.0));
    int below = 0, above = 0;
    for (double v : kGrowth) {
        below += c.class_of(v) == 0;
        above += c.class_of(v) == 4;
    }
    CHECK(below == 3);  // 4.5 7.9 9.6
    CHECK(above == 4);  // 38.1 41.0 44.0 47.5
}

TEST_CASE("centred on zero, a side with no values keeps its classes: the scale stays symmetric") {
    auto c = classify_diverging(kGrowth, 0.0, ClassMethod::Quantile, 5, 0.1);
    REQUIRE(c.class_count() == 5);
    CHECK(c.centre == 0);
    // Reach 47.5, 47.5 / 5 = 9.5 -> 10: band [-10, 10), the low side falls back to steps.
    CHECK(c.edges[2] == Approx(-10.0));
    CHECK(c.edges[3] == Approx(10.0));
    CHECK(c.edges[1] == Approx(-30.0));
    CHECK(c.edges.front() < c.edges[1]);
    for (double v : kGrowth) CHECK(c.class_of(v) >= 2);
}

TEST_CASE("diverging unclassed spans the centre +- the reach, so the ramp's middle is the centre") {
    auto c = classify_diverging(kGrowth, 23.1, ClassMethod::Unclassed, 5, 0.1);
    REQUIRE(c.class_count() == 1);
    CHECK(c.edges.front() == Approx(23.1 - 24.4));
    CHECK(c.edges.back() == Approx(47.5));
}

TEST_CASE("diverging: a single value, all at the centre, and nothing") {
    std::vector<double> same{23.1, 23.1};
    auto c = classify_diverging(same, 23.1, ClassMethod::Quantile, 5, 0.1);
    REQUIRE(c.class_count() == 1);
    CHECK(c.class_of(23.1) == 0);
    CHECK(classify_diverging(std::vector<double>{}, 0, ClassMethod::Quantile, 5, 0.1).class_count() == 0);
    // One value away from the centre: still five classes, the value in an outer one.
    std::vector<double> one{30.0};
    auto o = classify_diverging(one, 0.0, ClassMethod::Jenks, 5, 0.1);
    REQUIRE(o.class_count() == 5);
    CHECK(o.class_of(30.0) == 4);
}

TEST_CASE("the neutral half-width is the nice number nearest reach / classes") {
    CHECK(neutral_half_width(24.4, 24.4, 5, 0.1) == Approx(5));
    CHECK(neutral_half_width(24.4, 24.4, 9, 0.1) == Approx(2));      // 2.71: 2 is nearer than 5
    CHECK(neutral_half_width(30000, 30000, 7, 1.0) == Approx(5000));  // 4286 -> 5000 (5 x 5000 < 30000)
    CHECK(neutral_half_width(0.05, 0.05, 5, 0.1) == Approx(0.1));     // never under the display step
    // 7.4 / 5 = 1.48 -> 1 or 2; 2 is nearer, but 3 x 2 = 6 would reach past every value.
    CHECK(neutral_half_width(7.4, 5.9, 5, 0.1) == Approx(1));
}

TEST_CASE("equal interval divides centre +- reach evenly, pretty uses a nice half-width") {
    std::vector<double> v{-30, -12.5, 3, 30};
    // 30 / 7 = 4.29, rounded to whole points (a fiftieth of the 60-point span is 1.2).
    auto equal = classify_diverging(v, 0.0, ClassMethod::EqualInterval, 7, 0.1);
    CHECK_THAT(equal.edges, Equals(std::vector<double>{-30, -20, -12, -4, 4, 12, 20, 30}));
    auto pretty = classify_diverging(v, 0.0, ClassMethod::Pretty, 7, 0.1);
    CHECK_THAT(pretty.edges, Equals(std::vector<double>{-30, -25, -15, -5, 5, 15, 25, 30}));
    CHECK(equal.class_of(-12.5) == 1);
    CHECK(pretty.class_of(-12.5) == 2);
}
