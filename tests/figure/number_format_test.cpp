#include <catch2/catch.hpp>

#include "core/figure/number_format.hpp"

using namespace medmap::figure;
using medmap::data::MetricId;

TEST_CASE("figures are written the way people read them") {
    CHECK(format_usd(31700) == "$31,700");
    CHECK(format_usd(1234567.4) == "$1,234,567");
    CHECK(format_usd(999) == "$999");
    CHECK(format_count(239000) == "239,000");
    CHECK(format_count(40) == "40");
    CHECK(format_percent(23.1, true) == "+23.1%");
    CHECK(format_percent(-4.04, true) == "-4.0%");
    CHECK(format_percent(-0.04, true) == "-0.04%");  // not "+0.0%" or "-0.0%": a real difference
    CHECK(format_percent(0, true) == "0.0%");        // a zero has no sign
    CHECK(format_points(-0.02) == "-0.02 pts");
    CHECK(format_points(0) == "0.0 pts");
    CHECK(format_metric(MetricId::Growth, std::nullopt) == "no data");
    CHECK(format_metric(MetricId::MedianWage, 54330.0) == "$54,330");
    CHECK(format_period("2012-2022") == "2012\u20132022");
}

TEST_CASE("a state's wage is compared to the US in whole percent") {
    CHECK(relative_to_us(34236.0, 31700.0) == "+8% vs US");
    CHECK(relative_to_us(30749.0, 31700.0) == "-3% vs US");
    CHECK(relative_to_us(31700.0, 31700.0) == "same as US");
    CHECK(relative_to_us(35020.0, 35110.0) == "-0.3% vs US");  // not "0%": a real $90 gap
    CHECK(relative_to_us(std::nullopt, 31700.0).empty());
    CHECK(relative_to_us(100.0, std::nullopt).empty());
}

TEST_CASE("figures round half away from zero, never to even") {
    CHECK(format_fixed(-12.5, 0, true) == "-13");
    CHECK(format_fixed(12.5, 0, true) == "+13");
    CHECK(format_fixed(0.15, 1, false) == "0.2");   // 0.15 is stored a hair below 0.15
    CHECK(format_fixed(-2.25, 1, true) == "-2.3");
    CHECK(format_fixed(-0.04, 1, true) == "0.0");   // zero after rounding: no sign
    CHECK(format_fixed(3, 2, false) == "3.00");
    CHECK(format_usd(26859.5) == "$26,860");
    CHECK(format_usd(-0.4) == "$0");
    CHECK(format_count(2.5) == "3");
    CHECK(format_percent(-12.25, true) == "-12.3%");
}

TEST_CASE("a difference from the US never reads as a signed zero") {
    // Virginia's radiologic technologists: $55,860 against $55,870 is -0.018%.
    CHECK(relative_to_us(55860.0, 55870.0) == "-0.02% vs US");
    CHECK(relative_to_us(99.96, 100.0) == "-0.04% vs US");
    CHECK(relative_to_us(87.5, 100.0) == "-13% vs US");  // -12.5: half away from zero
    CHECK(relative_to_us(112.5, 100.0) == "+13% vs US");
    CHECK(relative_to_us(0.0, 100.0) == "-100% vs US");
    CHECK(relative_to_us(100.0, 100.0) == "same as US");
    CHECK(relative_to_us(1000000.0, 1000001.0) == "just below US");
    CHECK(relative_to_us(1000001.0, 1000000.0) == "just above US");
    CHECK(relative_to_us(99.0, 100.0) == "-1% vs US");
    CHECK(relative_to_us(99.5, 100.0) == "-0.5% vs US");
    CHECK(relative_to_us(99.04, 100.0) == "-1% vs US");  // -0.96 rounds to 1.0: whole percents
}
