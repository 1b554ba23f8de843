// Dataset: the wages adjusted for local prices (BEA RPP) it derives at load, and the
// reason it gives for every null figure.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/base/us_states.hpp"
#include "core/data/dataset.hpp"
#include "core/data/text_file.hpp"
#include "stats_v1.hpp"

using namespace medmap::data;

namespace {

const std::filesystem::path kBundled = std::filesystem::path(MEDMAP_SOURCE_DIR) / "stats" / "medmap-stats.json";
const std::filesystem::path kSarpp =
    std::filesystem::path(MEDMAP_SHARED_DATA) / "bea-rpp-state" / "SARPP_STATE_2008_2023.csv";

const Dataset& bundled() {
    static const Dataset dataset = load_dataset(kBundled);
    return dataset;
}

// One state's surgical technologist wages and BEA all-items price level in one year, and
// the adjusted wages worked out by hand: wage x 100 / level, rounded to whole dollars.
struct HandCase {
    const char* usps;
    int year;
    double median, mean, level, adjusted_median, adjusted_mean;
};

// Levels copied from SARPP_STATE_2008_2023.csv, LineCode 5 "RPPs: All items", columns
// 2012 and 2014; wages from the bundled stats (BLS OES, surgical, 29-2055).
//   CA 2012: 53230 x 100 / 109.649 = 48545.81 -> 48546;  54750 x 100 / 109.649 = 49932.06 -> 49932
//   CA 2014: 55870 x 100 / 109.887 = 50843.14 -> 50843;  57140 x 100 / 109.887 = 51998.87 -> 51999
//   CO 2012: 48310 x 100 / 103.152 = 46833.80 -> 46834;  49440 x 100 / 103.152 = 47929.27 -> 47929
//   CO 2014: 50270 x 100 / 103.076 = 48769.84 -> 48770;  50300 x 100 / 103.076 = 48798.94 -> 48799
//   MS 2012: 31990 x 100 / 88.521  = 36138.32 -> 36138;  32850 x 100 / 88.521  = 37109.84 -> 37110
//   MS 2014: 35140 x 100 / 88.920  = 39518.67 -> 39519;  35780 x 100 / 88.920  = 40238.42 -> 40238
//   NY 2012: 45350 x 100 / 109.733 = 41327.59 -> 41328;  46640 x 100 / 109.733 = 42503.17 -> 42503
//   NY 2014: 48880 x 100 / 108.954 = 44862.97 -> 44863;  49990 x 100 / 108.954 = 45881.75 -> 45882
//   TX 2012: 41550 x 100 / 97.646  = 42551.67 -> 42552;  42940 x 100 / 97.646  = 43975.18 -> 43975
//   TX 2014: 43150 x 100 / 98.364  = 43867.68 -> 43868;  44050 x 100 / 98.364  = 44782.64 -> 44783
constexpr HandCase kHandCases[] = {
    {"CA", 2012, 53230, 54750, 109.649, 48546, 49932}, {"CA", 2014, 55870, 57140, 109.887, 50843, 51999},
    {"CO", 2012, 48310, 49440, 103.152, 46834, 47929}, {"CO", 2014, 50270, 50300, 103.076, 48770, 48799},
    {"MS", 2012, 31990, 32850, 88.521, 36138, 37110},  {"MS", 2014, 35140, 35780, 88.920, 39519, 40238},
    {"NY", 2012, 45350, 46640, 109.733, 41328, 42503}, {"NY", 2014, 48880, 49990, 108.954, 44863, 45882},
    {"TX", 2012, 41550, 42940, 97.646, 42552, 43975},  {"TX", 2014, 43150, 44050, 98.364, 43868, 44783},
};

// The all-items price level of a state and year, read from the SARPP file itself:
// GeoFIPS is padded and quoted (" "06000""), the line is LineCode 5.
std::optional<double> sarpp_all_items(const std::string& fips, int year) {
    std::ifstream in(kSarpp);
    std::string line;
    std::getline(in, line);  // header: ...,Unit,2008,...,2023
    while (std::getline(in, line)) {
        if (line.find("\"" + fips + "\"") == std::string::npos || line.find("RPPs: All items") == std::string::npos)
            continue;
        std::vector<std::string> fields;
        std::stringstream row(line);
        for (std::string f; std::getline(row, f, ',');) fields.push_back(f);
        const std::size_t column = fields.size() - 16 + static_cast<std::size_t>(year - 2008);
        return std::stod(fields.at(column));
    }
    return std::nullopt;
}

}  // namespace

TEST_CASE("adjusted wages equal the ones worked out by hand from SARPP for 5 states and 2 years") {
    for (const HandCase& c : kHandCases) {
        INFO(c.usps << " " << c.year);
        const Figures f = bundled().figures("surgical", c.usps, c.year);
        REQUIRE(f.median_wage == c.median);
        REQUIRE(f.mean_wage == c.mean);
        CHECK(f.price_level == c.level);
        CHECK(f.adjusted_median_wage == c.adjusted_median);
        CHECK(f.adjusted_mean_wage == c.adjusted_mean);
        CHECK(f.get(MetricId::AdjustedMedianWage) == c.adjusted_median);
        CHECK(f.get(MetricId::AdjustedMeanWage) == c.adjusted_mean);
    }
}

TEST_CASE("the hand-copied price levels are the SARPP file's") {
    if (!std::filesystem::exists(kSarpp)) {
        WARN("skipped: ../shared is absent");
        return;
    }
    const std::map<std::string, std::string> fips{{"CA", "06000"}, {"CO", "08000"}, {"MS", "28000"},
                                                  {"NY", "36000"}, {"TX", "48000"}};
    for (const HandCase& c : kHandCases) {
        INFO(c.usps << " " << c.year);
        CHECK(sarpp_all_items(fips.at(c.usps), c.year) == c.level);
    }
}

TEST_CASE("the US price level is 100, so the US adjusted wages are its wages") {
    for (int year : bundled().wage_years()) {
        const Figures us = bundled().us_figures("surgical", year);
        CHECK(us.price_level == 100.0);
        CHECK(us.adjusted_median_wage == us.median_wage);
        CHECK(us.adjusted_mean_wage == us.mean_wage);
    }
}

TEST_CASE("the adjusted wages are metrics of a file with price levels, after the five published") {
    const auto& metrics = bundled().metrics();
    REQUIRE(metrics.size() == 7);
    CHECK(metrics[5].id == MetricId::AdjustedMedianWage);
    CHECK(metrics[5].slug == "adjusted-median-wage");
    CHECK(metrics[6].slug == "adjusted-mean-wage");
    for (std::size_t i : {5u, 6u}) {
        CHECK_THAT(metrics[i].name, Catch::Matchers::EndsWith(std::string(kAdjustedWageLabel)));
        CHECK(metrics[i].unit == "USD");
        CHECK(metrics[i].period_for(2014) == "May 2014");
        CHECK_THAT(metrics[i].note, Catch::Matchers::Contains("Derived, not published"));
    }
    CHECK(bundled().metric(MetricId::AdjustedMeanWage).slug == "adjusted-mean-wage");
}

TEST_CASE("a file without price levels offers no adjusted wages, and says why") {
    const auto v1 = medmap::test::as_version1(nlohmann::ordered_json::parse(read_text_file(kBundled)));
    const Dataset d = parse_dataset(v1.dump(), "v1.json");
    CHECK(d.metrics().size() == 5);
    CHECK_FALSE(d.figures("surgical", "CA", 2014).adjusted_median_wage);
    CHECK(d.no_data_reason("surgical", "CA", 2014, MetricId::AdjustedMedianWage) ==
          "the stats file has no BEA price levels");
    CHECK_THROWS_WITH(d.metric(MetricId::AdjustedMedianWage),
                      Catch::Matchers::Contains("no metric \"adjusted-median-wage\""));
}

TEST_CASE("every null figure and price level of the bundled stats carries a reason") {
    const Dataset& d = bundled();
    std::vector<std::string> areas{"US"};
    for (const auto& s : medmap::states_and_dc()) areas.emplace_back(s.usps);
    std::size_t nulls = 0, adjusted_nulls = 0;
    for (int year : d.wage_years()) {
        for (const std::string& area : areas) {
            INFO(year << " " << area);
            CHECK(d.price_level(area, year).has_value() == d.price_level_reason(area, year).empty());
        }
        for (const auto& s : d.specialties())
            for (const std::string& area : areas)
                for (const Metric& m : d.metrics())  // all seven, the adjusted wages too
                    if (!d.figures(s.slug, area, year).get(m.id)) {
                        ++nulls;
                        adjusted_nulls += is_adjusted_wage(m.id);
                        const std::string why = d.no_data_reason(s.slug, area, year, m.id);
                        INFO(year << " " << s.slug << " " << area << " " << m.slug);
                        CHECK_FALSE(why.empty());
                        CHECK(why != "the stats file records no reason");
                    }
    }
    CHECK(nulls > 1000);
    CHECK(adjusted_nulls > 0);  // where BLS published no wage
    // An adjusted wage without its wage gives the wage's reason.
    CHECK(d.no_data_reason("mri", "VT", 2013, MetricId::AdjustedMedianWage) ==
          d.no_data_reason("mri", "VT", 2013, MetricId::MedianWage));
    CHECK(d.price_level_reason("PR", 2014) == "the stats file has no BEA price level for PR in 2014");
}
