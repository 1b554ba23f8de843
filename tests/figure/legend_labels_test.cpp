#include <catch2/catch.hpp>

#include "core/figure/legend_labels.hpp"

using namespace medmap::figure;
using Catch::Matchers::Equals;

TEST_CASE("class labels: under, ranges ending one display step below the next break, and over") {
    Classification c{ClassMethod::Quantile, {28013, 36000, 41500, 48500, 52000, 61320}};
    CHECK_THAT(class_labels(c, ValueUnit::Usd),
               Equals(std::vector<std::string>{"under $36,000", "$36,000 \u2013 $41,499", "$41,500 \u2013 $48,499",
                                               "$48,500 \u2013 $51,999", "$52,000 and over"}));
    // A boundary value belongs to the class whose label starts with it.
    CHECK(c.class_of(41500) == 2);
    CHECK(c.class_of(41499) == 1);
}

TEST_CASE("class labels for growth and differences keep one decimal and a sign") {
    Classification g{ClassMethod::EqualInterval, {4.5, 8.1, 18.1, 28.1, 38.1, 47.5}, true, 23.1};
    CHECK_THAT(class_labels(g, ValueUnit::Percent),
               Equals(std::vector<std::string>{"under +8.1%", "+8.1% \u2013 +18.0%", "+18.1% \u2013 +28.0%",
                                               "+28.1% \u2013 +38.0%", "+38.1% and over"}));
    Classification d{ClassMethod::EqualInterval, {-12, -5, 5, 15}, true, 0};
    CHECK_THAT(class_labels(d, ValueUnit::PointsVsUs),
               Equals(std::vector<std::string>{"under -5.0 pts", "-5.0 pts \u2013 +4.9 pts", "+5.0 pts and over"}));
    Classification counts{ClassMethod::Quantile, {40, 500, 501, 9000}};
    // A class one step wide is a single value.
    CHECK(class_labels(counts, ValueUnit::Count)[1] == "500");
}

TEST_CASE("a single class shows its value or its range") {
    CHECK_THAT(class_labels(Classification{ClassMethod::Quantile, {7, 7}}, ValueUnit::Count),
               Equals(std::vector<std::string>{"7"}));
    CHECK_THAT(class_labels(Classification{ClassMethod::Unclassed, {100, 900}}, ValueUnit::Count),
               Equals(std::vector<std::string>{"100 \u2013 900"}));
    CHECK(class_labels(Classification{}, ValueUnit::Count).empty());
}

TEST_CASE("a break finer than the display step is written with its decimals, so its class's label is true") {
    Classification c{ClassMethod::Jenks, {-8.5, 2.34, 7.1, 12.8}, false, 0};
    CHECK_THAT(class_labels(c, ValueUnit::PercentVsUs),
               Equals(std::vector<std::string>{"under +2.34%", "+2.34% \u2013 +7.0%", "+7.1% and over"}));
    Classification m{ClassMethod::Jenks, {-8.5, -1, 2.34, 12.8}, false, 0};
    CHECK(class_labels(m, ValueUnit::PercentVsUs)[1] == "-1.0% \u2013 +2.33%");
}
