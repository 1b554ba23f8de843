#include <catch2/catch.hpp>
#include <vector>

#include "core/figure/classification.hpp"

using namespace medmap::figure;
using Catch::Matchers::Equals;

TEST_CASE("quantile breaks split the values into equal-count classes") {
    std::vector<double> v{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    auto c = classify(v, ClassMethod::Quantile, 5, 1.0);
    // type-7 quantiles 2.8, 4.6, 6.4, 8.2 rounded to the display step of 1
    CHECK_THAT(c.edges, Equals(std::vector<double>{1, 3, 5, 6, 8, 10}));
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
