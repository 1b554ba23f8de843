// The window's M key: it cycles every metric the dataset has, the adjusted wages too.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "../data/stats_v1.hpp"
#include "core/data/metric_slugs.hpp"
#include "core/data/text_file.hpp"
#include "core/figure/map_interaction.hpp"
#include "figure_test_support.hpp"

using namespace medmap;
using namespace figure_test;
using data::MetricId;

TEST_CASE("M cycles the five published metrics, then the two adjusted wages, and back") {
    figure::MapInteraction m(dataset(), map(), {});
    std::vector<std::string> seen;
    for (int i = 0; i < 7; ++i) {
        REQUIRE(m.cycle_metric());
        seen.emplace_back(data::metric_slug(m.layer().metric));
    }
    CHECK(seen == std::vector<std::string>{"mean-wage", "growth", "openings", "employment", "adjusted-median-wage",
                                           "adjusted-mean-wage", "median-wage"});
}

TEST_CASE("M skips the adjusted wages of a file without price levels") {
    const auto v1 = test::as_version1(
        nlohmann::ordered_json::parse(data::read_text_file(MEDMAP_SOURCE_DIR "/stats/medmap-stats.json")));
    const data::Dataset d = data::parse_dataset(v1.dump(), "v1.json");
    figure::MapInteraction m(d, map(), {});
    for (int i = 0; i < 5; ++i) {
        REQUIRE(m.cycle_metric());
        CHECK_FALSE(data::is_adjusted_wage(m.layer().metric));
    }
    CHECK(m.layer().metric == MetricId::MedianWage);
}
