// The two-state comparison: the tooltip's lines and `info --compare` print these.
#include <catch2/catch.hpp>

#include "core/figure/state_comparison.hpp"
#include "core/figure/state_report.hpp"
#include "figure_test_support.hpp"

using namespace medmap;
using data::MetricId;

TEST_CASE("comparison lines: Texas vs Colorado EMTs, May 2014, from the source extracts") {
    const auto& ds = figure_test::dataset();
    const auto c = figure::build_state_comparison(ds, *ds.find_specialty("emt"), {"Texas", "TX"}, {"Colorado", "CO"}, 2014);
    CHECK(c.heading == "Texas vs Colorado");
    CHECK(c.subheading == "EMTs and paramedics \u00b7 May 2014");
    CHECK(c.first_head == "Texas");
    CHECK(c.second_head == "Colorado");
    CHECK(c.difference_head == "TX \u2212 CO");
    REQUIRE(c.lines.size() == 7);  // 5 published, 2 adjusted for local prices
    // oes_state_health_techs_2012_2015.csv: TX median 33170, CO median 35350; US 31700.
    CHECK(c.lines[0].label == "Median annual wage");
    CHECK(c.lines[0].first.rfind("$33,170 \u00b7 ", 0) == 0);
    CHECK(c.lines[0].second.rfind("$35,350 \u00b7 ", 0) == 0);
    CHECK(c.lines[0].us == "$31,700");
    CHECK(c.lines[0].difference == "-$2,180 (-6%)");  // 33170 / 35350 = -6.2%
    CHECK(c.lines[2].difference == "+12,780");        // 16280 - 3500 jobs
    CHECK(c.lines[3].difference == "+4.8 pts");       // 28.7% - 23.9%
    // A rank is the state's own: Texas has the most EMT jobs.
    CHECK(c.lines[2].first == "16,280 \u00b7 1st");
}

TEST_CASE("comparison lines: a missing figure shows no data and no difference") {
    const auto& ds = figure_test::dataset();
    const auto c = figure::build_state_comparison(ds, *ds.find_specialty("emt"), {"Nevada", "NV"}, {"Colorado", "CO"}, 2014);
    REQUIRE(c.lines.size() == 7);  // 5 published, 2 adjusted for local prices
    CHECK(c.lines[3].first == "no data");
    CHECK(c.lines[3].difference.empty());
    CHECK_FALSE(c.lines[0].difference.empty());
}

TEST_CASE("difference text: wages with a percent, counts signed, growth in points, equal is same") {
    CHECK(figure::difference_text(MetricId::MedianWage, 40000.0, 38000.0) == "+$2,000 (+5%)");
    CHECK(figure::difference_text(MetricId::MeanWage, 38000.0, 38100.0) == "-$100 (-0.3%)");
    CHECK(figure::difference_text(MetricId::MeanWage, 38000.0, 38000.0) == "same");
    CHECK(figure::difference_text(MetricId::Employment, 100.0, 1100.0) == "-1,000");
    CHECK(figure::difference_text(MetricId::Openings, 5.0, 5.0) == "same");
    CHECK(figure::difference_text(MetricId::Growth, 10.0, 12.5) == "-2.5 pts");
    CHECK(figure::difference_text(MetricId::Growth, std::nullopt, 12.5).empty());
}

TEST_CASE("the state report carries each figure's rank, and none for no data") {
    const auto& ds = figure_test::dataset();
    const auto r = figure::build_state_report(ds, *ds.find_specialty("emt"), "Nevada", "NV", 2014);
    REQUIRE(r.lines.size() == 8);  // and the price level before the adjusted wages
    CHECK(r.lines[0].rank.find(" of 51 states with data") != std::string::npos);
    CHECK(r.lines[3].value == "no data");
    CHECK(r.lines[3].rank.empty());
    const auto tx = figure::build_state_report(ds, *ds.find_specialty("emt"), "Texas", "TX", 2014);
    CHECK(tx.lines[2].rank == "1st of 51 states with data");
}
