// The committed stats/medmap-stats.json: it is exactly the converter's output for the
// shared source extracts, and it holds the figures the article and the sources state.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "core/base/us_states.hpp"
#include "core/data/dataset.hpp"
#include "core/data/importer.hpp"

using namespace medmap::data;
using nlohmann::json;
using Catch::Matchers::Contains;

namespace {

const std::filesystem::path kCommitted = std::filesystem::path(MEDMAP_SOURCE_DIR) / "stats" / "medmap-stats.json";

std::string committed_text() {
    std::ifstream in(kCommitted, std::ios::binary);
    REQUIRE(in);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const Dataset& committed() {
    static const Dataset dataset = load_dataset(kCommitted);  // loaded once for all cases
    return dataset;
}

bool any_caveat_contains(const Source& source, const std::string& part) {
    for (const std::string& caveat : source.caveats)
        if (caveat.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("the committed stats file is the converter's exact output") {
    const std::filesystem::path shared = MEDMAP_SHARED_DATA;
    if (!std::filesystem::is_directory(shared)) {
        WARN("skipped: the shared data folder " << shared << " is absent");
        return;
    }
    const std::string expected = import_stats(ImportSources::in_folder(shared));
    const std::string actual = committed_text();
    CHECK(actual.size() == expected.size());
    CHECK((actual == expected));  // the text itself is too long to print usefully
}

TEST_CASE("the committed file has the article's wages (May 2014 national)") {
    const Dataset& d = committed();
    CHECK(d.default_wage_year() == 2014);
    CHECK(json::parse(committed_text())["us_all_health_technicians"]["years"]["2014"]["mean"] == 45060);
    CHECK(d.us_figures("cardiovascular", 2014).median_wage == 54330);
    CHECK(d.us_figures("emt", 2014).median_wage == 31700);
    CHECK(d.us_figures("surgical", 2014).median_wage == 43350);
}

TEST_CASE("the committed file has the national 2012-2022 growth of the projections") {
    const Dataset& d = committed();
    CHECK(d.us_figures("emt", 2014).growth_pct == 23.1);
    CHECK(d.us_figures("surgical", 2014).growth_pct == 29.8);
    // Detailed 29-2031, not the article's 39% (a combined OOH profile).
    CHECK(d.us_figures("cardiovascular", 2014).growth_pct == 30.4);
    CHECK(d.us_figures("sonography", 2014).growth_pct == 46.0);
    CHECK(d.us_figures("emt", 2014).openings == 12060);
}

TEST_CASE("Texas EMT figures equal the source CSV rows") {
    const Dataset& d = committed();
    // oes_state_health_techs_2012_2015.csv:
    //   2014,Texas,29-2041,Emergency Medical Technicians and Paramedics,16280,35020,33170
    //   2015,Texas,29-2041,Emergency Medical Technicians and Paramedics,18270,36050,33790
    // projections_health_techs_extract.csv:
    //   "Texas","29-2041","Emergency Medical Technicians and Paramedics",28.7,830
    const Figures f2014 = d.figures("emt", "TX", 2014);
    CHECK(f2014.employment == 16280);
    CHECK(f2014.mean_wage == 35020);
    CHECK(f2014.median_wage == 33170);
    CHECK(f2014.growth_pct == 28.7);
    CHECK(f2014.openings == 830);
    const Figures f2015 = d.figures("emt", "TX", 2015);
    CHECK(f2015.employment == 18270);
    CHECK(f2015.mean_wage == 36050);
    CHECK(f2015.median_wage == 33790);
    // 2013 state employment was lost upstream: null, not estimated.
    CHECK_FALSE(d.figures("emt", "TX", 2013).employment);
    CHECK(d.us_figures("emt", 2013).employment == 237660);
}

TEST_CASE("the committed file keeps the sources' gaps as nulls") {
    const Dataset& d = committed();
    for (const Specialty& s : d.specialties()) {
        INFO(s.slug);
        for (const char* area : {"MI", "WV"}) {
            const Figures f = d.figures(s.slug, area, 2014);
            CHECK_FALSE(f.growth_pct);
            CHECK_FALSE(f.openings);
            CHECK(f.median_wage);  // their wages do exist
        }
    }
    const Figures vt_mri = d.figures("mri", "VT", 2014);
    CHECK_FALSE(vt_mri.median_wage);
    CHECK_FALSE(vt_mri.mean_wage);
    CHECK_FALSE(vt_mri.employment);
    CHECK_FALSE(d.figures("mri", "VT", 2013).median_wage);  // '*' in the source
    CHECK_FALSE(d.figures("emt", "HI", 2015).median_wage);
    CHECK_FALSE(d.figures("cardiovascular", "AK", 2015).employment);  // blank in the source
    CHECK(d.figures("cardiovascular", "AK", 2015).median_wage == 85170);

    const Source& oes = *d.wage_source(2014);
    const Source& projections = *d.projection_source();
    CHECK(oes.id == "oes");
    CHECK(projections.id == "projections");
    CHECK(any_caveat_contains(oes, "2 cells hold the BLS code '*'"));
    CHECK(any_caveat_contains(oes, "$187,200"));
    CHECK(any_caveat_contains(projections, "Michigan (MI) and West Virginia (WV)"));
    CHECK(any_caveat_contains(projections, "39%"));
    CHECK(any_caveat_contains(projections, "24%"));
    CHECK(any_caveat_contains(oes, "29-2000"));
}

TEST_CASE("the committed file covers the 50 states, DC and US in every table") {
    const json doc = json::parse(committed_text());
    std::vector<std::string> expected{"US"};
    for (const auto& s : medmap::states_and_dc()) expected.emplace_back(s.usps);
    REQUIRE(expected.size() == 52);
    auto keys_of = [](const json& object) {
        std::vector<std::string> keys;
        for (const auto& [key, value] : object.items()) keys.push_back(key);
        return keys;
    };
    // nlohmann::json sorts keys; compare as sets.
    std::sort(expected.begin(), expected.end());
    REQUIRE(doc["wages"].size() == 4);
    for (const auto& [year, by_specialty] : doc["wages"].items()) {
        REQUIRE(by_specialty.size() == 12);
        for (const auto& [slug, areas] : by_specialty.items()) {
            INFO(year << " " << slug);
            CHECK(keys_of(areas) == expected);
        }
    }
    REQUIRE(doc["projections"]["2012-2022"].size() == 12);
    for (const auto& [slug, areas] : doc["projections"]["2012-2022"].items()) {
        INFO(slug);
        CHECK(keys_of(areas) == expected);
    }
}
