// Merging imported files into a stats file: a version 1 base is upgraded to the current
// version and keeps its figures.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "core/data/dataset.hpp"
#include "official_test_support.hpp"

using namespace medmap::data;
using namespace medmap::test;

TEST_CASE("a version 1 base is upgraded, and its figures kept") {
    if (!std::filesystem::is_directory(kShared)) {
        WARN("skipped: ../shared is absent");
        return;
    }
    // The bundled figures as a version 1 file (no reasons, no editions, no price levels).
    auto v1 = nlohmann::ordered_json::parse(bundled_text());
    const std::string round = v1["projection_period"];
    v1["version"] = 1;
    for (const char* key : {"projection_rounds", "editions", "crosswalk", "price_levels"}) v1.erase(key);
    v1["sources"].erase("bea-rpp");
    for (auto& source : v1["sources"].items()) source.value().erase("imports");
    for (auto& year : v1["wages"].items())
        for (auto& specialty : year.value().items())
            for (auto& area : specialty.value().items()) area.value().erase("no_data");
    for (auto& area : v1["us_all_health_technicians"]["years"].items()) area.value().erase("no_data");
    auto projections = v1["projections"][round];
    for (auto& specialty : projections.items())
        for (auto& area : specialty.value().items()) area.value().erase("no_data");
    v1["projections"] = projections;
    const std::string v1_text = v1.dump(2);
    REQUIRE(parse_dataset(v1_text, "v1").projection_period() == "2012-2022");

    const auto xlsx = kShared / "bls-oews-national-official" / "national_M2020_dl.xlsx";
    const Dataset d = parse_dataset(import_official(v1_text, "v1.json", official::collect_input_files({xlsx.string()})),
                                    "merged");
    CHECK(d.figures("emt", "TX", 2014).median_wage == 33170);
    CHECK(d.figures("emt", "TX", 2014).growth_pct == 28.7);
    CHECK(d.no_data_reason("emt", "MI", 2014, MetricId::Growth) == "the stats file records no reason");
    CHECK(d.has_wage_year(2020));
    CHECK(d.wage_source(2014)->id == "oes");
    CHECK(d.wage_source(2020)->id == "oews-2020");
}
