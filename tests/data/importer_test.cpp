// The converter on the small fixture CSVs of tests/fixtures/data/import: every figure is
// copied as written, and every gap (blank, '*', '#', absent row) is null.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "core/base/us_states.hpp"
#include "core/data/importer.hpp"
#include "stats_v1.hpp"

using namespace medmap::data;
// Ordered, so the tests see the keys in the order the file has them.
using json = nlohmann::ordered_json;
using Catch::Matchers::Contains;

namespace {

ImportSources fixture_sources() {
    const std::filesystem::path dir = std::filesystem::path(MEDMAP_FIXTURES) / "data" / "import";
    return {dir / "oes_state.csv", dir / "oes_national.csv", dir / "projections.csv"};
}

// The figures, as version 1 lays them out (the reasons of version 2 are checked below).
json imported() { return medmap::test::as_version1(json::parse(import_stats(fixture_sources()))); }

json wage_cell(const json& median, const json& mean, const json& employment) {
    return {{"median", median}, {"mean", mean}, {"employment", employment}};
}

json projection_cell(const json& growth, const json& openings) {
    return {{"growth_pct", growth}, {"openings", openings}};
}

bool contains_text(const json& list, const std::string& part) {
    for (const auto& item : list)
        if (item.get<std::string>().find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("the import is deterministic text ending in a newline") {
    const std::string first = import_stats(fixture_sources());
    CHECK(first == import_stats(fixture_sources()));
    REQUIRE_FALSE(first.empty());
    CHECK(first.back() == '\n');
    CHECK(first.starts_with("{\n  \"format\": \"medmap-stats\",\n  \"version\": 2,\n"));
}

TEST_CASE("the import writes the header fields and the twelve specialties in order") {
    const json doc = imported();
    CHECK(doc["generated_by"] == "medmap import");
    CHECK(doc["default_wage_year"] == 2014);
    CHECK(doc["wage_years"] == json({2012, 2013, 2014, 2015}));
    CHECK(doc["projection_period"] == "2012-2022");

    const std::vector<std::string> slugs{"cardiovascular", "emt",   "surgical",         "radiologic",
                                         "sonography",     "mri",   "lab-technician",   "lab-technologist",
                                         "dental-hygiene", "pharmacy", "veterinary",    "other-health"};
    REQUIRE(doc["specialties"].size() == slugs.size());
    for (std::size_t i = 0; i < slugs.size(); ++i) CHECK(doc["specialties"][i]["slug"] == slugs[i]);

    const json& emt = doc["specialties"][1];
    CHECK(emt == json{{"slug", "emt"},
                      {"soc", "29-2041"},
                      {"name", "EMTs and paramedics"},
                      {"bls_title", "Emergency Medical Technicians and Paramedics"},
                      {"article_name", "EMTs and paramedics"},
                      {"note", ""}});
    // The title comes from the national file, quoted comma included.
    CHECK(doc["specialties"][11]["bls_title"] == "Health Technologists and Technicians, All Other");
    CHECK_THAT(doc["specialties"][11]["note"].get<std::string>(), Contains("29-2099"));

    std::vector<std::string> metric_slugs;
    for (const auto& m : doc["metrics"]) metric_slugs.push_back(m["slug"]);
    CHECK(metric_slugs == std::vector<std::string>{"median-wage", "mean-wage", "employment", "growth", "openings"});
}

TEST_CASE("imported wages are the fixture's cells, and gaps are null") {
    const json doc = imported();
    const json& w2014 = doc["wages"]["2014"];
    CHECK(w2014["emt"]["TX"] == wage_cell(33170, 35020, 16280));
    CHECK(w2014["emt"]["MI"] == wage_cell(30220, 31220, 6620));
    CHECK(w2014["emt"]["US"] == wage_cell(31700, 35110, 235760));
    CHECK(w2014["cardiovascular"]["US"] == wage_cell(54330, 55210, 51080));
    // '#' (>= $187,200) is null, not a number; the other cells of the row stay.
    CHECK(w2014["other-health"]["CA"] == wage_cell(nullptr, 49520, 14030));
    // '*' (not published) and a blank employment cell.
    CHECK(doc["wages"]["2013"]["mri"]["VT"] == wage_cell(nullptr, nullptr, nullptr));
    CHECK(doc["wages"]["2015"]["cardiovascular"]["AK"] == wage_cell(85170, 78550, nullptr));
    CHECK(doc["wages"]["2015"]["emt"]["US"] == wage_cell(31980, 35430, 236890));
    CHECK(doc["wages"]["2015"]["emt"]["TX"] == wage_cell(33790, 36050, 18270));
    // No row at all.
    CHECK(w2014["emt"]["CA"] == wage_cell(nullptr, nullptr, nullptr));
    CHECK(doc["wages"]["2012"]["emt"]["US"] == wage_cell(nullptr, nullptr, nullptr));
    // Whole numbers are written as integers.
    CHECK(w2014["emt"]["TX"]["median"].is_number_integer());
}

TEST_CASE("territories are left out and every one of the 51 areas and US is written") {
    const json doc = imported();
    std::vector<std::string> expected{"US"};
    for (const auto& s : medmap::states_and_dc()) expected.emplace_back(s.usps);
    for (const auto& [year, by_specialty] : doc["wages"].items())
        for (const auto& [slug, areas] : by_specialty.items()) {
            std::vector<std::string> keys;
            for (const auto& [area, cell] : areas.items()) keys.push_back(area);
            INFO(year << " " << slug);
            CHECK(keys == expected);
        }
    for (const auto& [slug, areas] : doc["projections"].items()) {
        INFO(slug);
        CHECK(areas.size() == 52);
        CHECK_FALSE(areas.contains("GU"));
    }
    CHECK_FALSE(doc["wages"]["2014"]["emt"].contains("PR"));
}

TEST_CASE("imported projections are the fixture's cells, Michigan, absent, is null") {
    const json doc = imported();
    CHECK(doc["projections"]["emt"]["US"] == projection_cell(23.1, 12060));
    CHECK(doc["projections"]["emt"]["TX"] == projection_cell(28.7, 830));
    CHECK(doc["projections"]["surgical"]["US"] == projection_cell(29.8, 3910));
    CHECK(doc["projections"]["cardiovascular"]["US"] == projection_cell(30.4, 2300));
    CHECK(doc["projections"]["cardiovascular"]["VT"] == projection_cell(28.6, 0));  // a real 0
    CHECK(doc["projections"]["emt"]["MI"] == projection_cell(nullptr, nullptr));
    CHECK(doc["projections"]["mri"]["US"] == projection_cell(nullptr, nullptr));
}

TEST_CASE("the 29-2000 group is national only, from the national file") {
    const json group = imported()["us_all_health_technicians"];
    CHECK(group["soc"] == "29-2000");
    CHECK(group["bls_title"] == "Health Technologists and Technicians");
    CHECK(group["years"]["2014"] == wage_cell(41430, 45060, 2876000));
    CHECK(group["years"]["2013"] == wage_cell(nullptr, nullptr, nullptr));
}

TEST_CASE("the caveats count the gaps they turned into null") {
    const json doc = imported();
    const json& oes = doc["sources"]["oes"]["caveats"];
    CHECK(contains_text(oes, "oes_state.csv: 2 cells hold the BLS code '*' (estimate not published) and are null: "
                             "May 2013 29-2035 VT a_mean; May 2013 29-2035 VT a_median."));
    CHECK(contains_text(oes, "oes_state.csv: 1 cell holds the BLS code '#'"));
    CHECK(contains_text(oes, "'#' (a wage of $187,200 or more)"));
    CHECK(contains_text(oes, "May 2014 29-2099 CA a_median"));
    CHECK(contains_text(oes, "tot_emp of every May 2013 row (1 cell)"));
    CHECK(contains_text(oes, "May 2015 29-2031 AK tot_emp"));
    CHECK(contains_text(oes, "oes_national.csv: no cell holds the BLS code '*' or '#'."));
    CHECK(contains_text(oes, "the rows for Puerto Rico are left out"));
    const json& projections = doc["sources"]["projections"]["caveats"];
    // 49 of the 52 areas have no projection row; the caveat lists the first 20.
    CHECK(contains_text(projections, "projections.csv has no rows at all for Alabama (AL), Alaska (AK), "));
    CHECK(contains_text(projections, ", and 29 more: growth and openings are null there for every specialty."));
    CHECK(contains_text(projections, "the rows for Guam are left out"));
    CHECK(doc["sources"]["oes"]["extracts"] == json({"oes_state.csv", "oes_national.csv"}));
    CHECK(doc["sources"]["projections"]["short_citation"] == "Projections Central, 2012\u20132022");
    CHECK(doc["sources"]["oes"]["short_citation"] == "U.S. Bureau of Labor Statistics, OES May {year}");
}

TEST_CASE("version 2: each null figure of the import carries its reason, and only null ones") {
    const json doc = json::parse(import_stats(fixture_sources()));
    CHECK(doc["projection_rounds"] == json({"2012-2022"}));
    CHECK(doc["editions"]["wages"]["2014"] == "oes");
    CHECK(doc["editions"]["projections"]["2012-2022"] == "projections");
    const json& mi = doc["projections"]["2012-2022"]["emt"]["MI"];
    CHECK_THAT(mi["no_data"]["growth_pct"].get<std::string>(), Contains("Michigan"));
    CHECK_FALSE(doc["wages"]["2014"]["emt"]["TX"].contains("no_data"));
    for (const auto& [year, by_specialty] : doc["wages"].items())
        for (const auto& [slug, areas] : by_specialty.items())
            for (const auto& [area, cell] : areas.items())
                for (const char* field : {"median", "mean", "employment"}) {
                    INFO(year << " " << slug << " " << area << " " << field);
                    CHECK(cell[field].is_null() == (cell.contains("no_data") && cell["no_data"].contains(field)));
                }
}
