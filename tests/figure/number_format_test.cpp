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
    CHECK(format_percent(-0.04, true) == "+0.0%");
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
