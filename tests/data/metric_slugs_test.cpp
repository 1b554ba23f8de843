// Metric slugs: one home, every id round-trips, and the dataset uses the same slugs.
#include <catch2/catch.hpp>

#include "core/data/dataset.hpp"
#include "core/data/metric_slugs.hpp"

using namespace medmap::data;

TEST_CASE("every metric's slug round-trips, the adjusted wages' too") {
    const MetricId all[] = {MetricId::MedianWage,         MetricId::MeanWage,        MetricId::Employment,
                            MetricId::Growth,             MetricId::Openings,        MetricId::AdjustedMedianWage,
                            MetricId::AdjustedMeanWage};
    for (MetricId id : all) {
        const std::string_view slug = metric_slug(id);
        INFO(slug);
        REQUIRE_FALSE(slug.empty());
        CHECK(metric_from_slug(slug) == id);
        REQUIRE(metric_entry(id) != nullptr);
        CHECK(metric_entry(id)->slug == slug);
    }
    CHECK(metric_slug(MetricId::AdjustedMedianWage) == "adjusted-median-wage");
    CHECK(metric_slug(MetricId::AdjustedMeanWage) == "adjusted-mean-wage");
    CHECK_FALSE(metric_from_slug("adjusted-wage"));
    CHECK(metric_slug_list() ==
          "median-wage, mean-wage, employment, growth, openings, adjusted-median-wage or adjusted-mean-wage");
}

TEST_CASE("the bundled dataset's metrics carry the slugs of their ids") {
    const Dataset d = load_dataset(std::filesystem::path(MEDMAP_SOURCE_DIR) / "stats" / "medmap-stats.json");
    REQUIRE(d.metrics().size() == 7);
    for (const Metric& m : d.metrics()) CHECK(metric_slug(m.id) == m.slug);
}
