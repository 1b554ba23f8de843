// Loading a valid stats file: the converter's output reads back figure for figure.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/base/us_states.hpp"
#include "core/data/dataset.hpp"
#include "core/data/importer.hpp"
#include "stats_v1.hpp"

using namespace medmap::data;
using nlohmann::json;

namespace {

std::string fixture_stats_text() {
    const std::filesystem::path dir = std::filesystem::path(MEDMAP_FIXTURES) / "data" / "import";
    return medmap::test::as_version1(nlohmann::ordered_json::parse(
                                         import_stats({dir / "oes_state.csv", dir / "oes_national.csv", dir / "projections.csv"})))
        .dump(2);
}

std::optional<double> as_figure(const json& v) {
    if (v.is_null()) return std::nullopt;
    return v.get<double>();
}

}  // namespace

TEST_CASE("a loaded dataset answers by slug, SOC code, area and year") {
    const Dataset d = parse_dataset(fixture_stats_text(), "stats.json");
    REQUIRE(d.specialties().size() == 12);
    CHECK(d.specialties().front().slug == "cardiovascular");
    CHECK(d.wage_years() == std::vector<int>{2012, 2013, 2014, 2015});
    CHECK(d.default_wage_year() == 2014);
    CHECK(d.projection_period() == "2012-2022");
    CHECK(d.has_wage_year(2015));
    CHECK_FALSE(d.has_wage_year(2016));

    REQUIRE(d.find_specialty("29-2041"));
    CHECK(d.find_specialty("29-2041")->slug == "emt");
    CHECK(d.find_specialty("EMT")->soc == "29-2041");
    CHECK(d.find_specialty("nurse") == nullptr);
    CHECK(d.find_specialty("other-health")->article_name == "dialysis technicians");

    REQUIRE(d.find_metric("growth"));
    CHECK(d.find_metric("growth")->id == MetricId::Growth);
    CHECK(d.find_metric("nope") == nullptr);
    CHECK(d.metric(MetricId::MedianWage).period_for(2014) == "May 2014");
    CHECK(d.metric(MetricId::Openings).unit == "jobs per year");
    CHECK(d.metric(MetricId::Growth).period_for(2014) == "2012\u20132022");
    CHECK(d.metric(MetricId::Employment).source == "oes");

    REQUIRE(d.sources().size() == 2);
    CHECK(d.sources()[0].id == "oes");
    CHECK(d.sources()[0].short_citation_for(2013) == "U.S. Bureau of Labor Statistics, OES May 2013");
    CHECK(d.sources()[1].short_citation == "Projections Central, 2012\u20132022");
    CHECK(d.sources()[0].files.size() == 6);
    CHECK(d.sources()[1].commit == "a9a72ea812b936ed8dc132d40aee5da12bab5f2a");
    CHECK_FALSE(d.sources()[1].caveats.empty());

    const Figures tx = d.figures("emt", "TX", 2014);
    CHECK(tx.median_wage == 33170);
    CHECK(tx.mean_wage == 35020);
    CHECK(tx.employment == 16280);
    CHECK(tx.growth_pct == 28.7);
    CHECK(tx.openings == 830);
    CHECK(tx.get(MetricId::Growth) == 28.7);
    CHECK(d.figures("emt", "tx", 2014).median_wage == 33170);
    CHECK(d.figures("29-2041", "TX", 2014).median_wage == 33170);

    const Figures mi = d.figures("emt", "MI", 2014);
    CHECK(mi.median_wage == 30220);
    CHECK_FALSE(mi.growth_pct);
    CHECK_FALSE(mi.openings);

    const Figures us = d.us_figures("cardiovascular", 2014);
    CHECK(us.median_wage == 54330);
    CHECK(us.growth_pct == 30.4);

    const Figures nowhere = d.figures("emt", "ZZ", 2014);
    CHECK_FALSE(nowhere.median_wage);
    CHECK_FALSE(nowhere.growth_pct);
    CHECK_THROWS_AS(d.figures("nurse", "TX", 2014), std::out_of_range);
    CHECK_THROWS_AS(d.figures("emt", "TX", 2011), std::out_of_range);
}

TEST_CASE("round trip: every figure the converter writes is what the loader returns") {
    const std::string text = fixture_stats_text();
    const json doc = json::parse(text);
    const Dataset d = parse_dataset(text, "stats.json");
    int checked = 0;
    for (const auto& [year_key, by_specialty] : doc["wages"].items())
        for (const auto& [slug, areas] : by_specialty.items())
            for (const auto& [area, cell] : areas.items()) {
                INFO(year_key << " " << slug << " " << area);
                const Figures f = d.figures(slug, area, std::stoi(year_key));
                CHECK(f.median_wage == as_figure(cell["median"]));
                CHECK(f.mean_wage == as_figure(cell["mean"]));
                CHECK(f.employment == as_figure(cell["employment"]));
                const json& projection = doc["projections"][slug][area];
                CHECK(f.growth_pct == as_figure(projection["growth_pct"]));
                CHECK(f.openings == as_figure(projection["openings"]));
                ++checked;
            }
    CHECK(checked == 4 * 12 * 52);
}

TEST_CASE("a missing area entry is not an error: its figures are null") {
    json doc = json::parse(fixture_stats_text());
    doc["wages"]["2014"]["emt"].erase("TX");
    doc["projections"]["emt"].erase("TX");
    const Dataset d = parse_dataset(doc.dump(), "stats.json");
    const Figures tx = d.figures("emt", "TX", 2014);
    CHECK_FALSE(tx.median_wage);
    CHECK_FALSE(tx.mean_wage);
    CHECK_FALSE(tx.employment);
    CHECK_FALSE(tx.growth_pct);
    CHECK_FALSE(tx.openings);
    CHECK(d.figures("emt", "MI", 2014).median_wage == 30220);
}

TEST_CASE("a stats file is loaded from disk, with or without a UTF-8 BOM") {
    std::string dir_pattern = (std::filesystem::temp_directory_path() / "medmap-test-data-XXXXXX").string();
    REQUIRE(mkdtemp(dir_pattern.data()));
    const std::filesystem::path dir = dir_pattern;
    const auto plain = dir / "stats.json";
    const auto with_bom = dir / "stats-bom.json";
    std::ofstream(plain, std::ios::binary) << fixture_stats_text();
    std::ofstream(with_bom, std::ios::binary) << "\xEF\xBB\xBF" << fixture_stats_text();

    CHECK(load_dataset(plain).figures("emt", "TX", 2014).median_wage == 33170);
    CHECK(load_dataset(with_bom).figures("emt", "TX", 2014).median_wage == 33170);
    std::filesystem::remove_all(dir);
}
