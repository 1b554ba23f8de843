// The state report (tooltip and `medmap info`): each "no data" line carries the reason
// from the stats file, and a figure supplied by another occupation code says which.
#include <catch2/catch.hpp>

#include <filesystem>

#include "core/data/importer.hpp"
#include "core/data/official/input_files.hpp"
#include "core/data/text_file.hpp"
#include "core/figure/state_report.hpp"
#include "figure_test_support.hpp"

using namespace medmap;
using namespace figure_test;
using Catch::Matchers::Contains;

namespace {

const data::Specialty& specialty(const data::Dataset& d, const std::string& slug) { return *d.find_specialty(slug); }

// The bundled stats with BLS's May 2024 national workbook imported.
const data::Dataset* with_may_2024() {
    const std::filesystem::path xlsx =
        std::filesystem::path(MEDMAP_SHARED_DATA) / "bls-oews-national-official" / "national_M2024_dl.xlsx";
    if (!std::filesystem::exists(xlsx)) return nullptr;
    static const data::Dataset merged = [&] {
        const std::string base = MEDMAP_SOURCE_DIR "/stats/medmap-stats.json";
        return data::parse_dataset(data::import_official(data::read_text_file(base), base,
                                                         data::official::collect_input_files({xlsx.string()})),
                                   "merged");
    }();
    return &merged;
}

}  // namespace

TEST_CASE("the state report's ranks are the same from rankings shared by a layer's reports") {
    const auto& d = dataset();
    for (const char* slug : {"emt", "pharmacy"}) {
        const auto rankings = figure::report_rankings(d, slug, 2014);
        CHECK(rankings.by_metric.size() == 7);
        int ranked = 0;
        for (const std::string& usps : figure::ranked_areas()) {
            INFO(slug << " " << usps);
            const auto alone = figure::build_state_report(d, specialty(d, slug), usps, usps, 2014);
            const auto shared = figure::build_state_report(d, specialty(d, slug), usps, usps, 2014, rankings);
            REQUIRE(shared.lines.size() == alone.lines.size());
            for (std::size_t i = 0; i < alone.lines.size(); ++i) {
                CHECK(shared.lines[i].rank == alone.lines[i].rank);
                ranked += alone.lines[i].rank.empty() ? 0 : 1;
            }
        }
        CHECK(ranked > 51 * 5);
    }
    // The ranks are read from the rankings given (2012's here, Texas's median 32nd, not 2014's 19th).
    const auto tx = figure::build_state_report(d, specialty(d, "emt"), "Texas", "TX", 2014,
                                               figure::report_rankings(d, "emt", 2012));
    CHECK(tx.lines[0].rank == figure::rank_in(d, "emt", data::MetricId::MedianWage, 2012, "TX"));
    CHECK(tx.lines[0].rank != figure::rank_in(d, "emt", data::MetricId::MedianWage, 2014, "TX"));
}

TEST_CASE("a no-data line of the state report carries the reason the importer recorded") {
    const auto& d = dataset();
    const auto tx = figure::build_state_report(d, specialty(d, "emt"), "Texas", "TX", 2012);
    REQUIRE(tx.lines.size() == 8);
    CHECK(tx.lines[2].value == "no data");
    CHECK(tx.lines[2].no_data_reason == "state employment for May 2012 is not available in the source");
    CHECK(tx.lines[0].no_data_reason.empty());  // the median exists
    const auto nv = figure::build_state_report(d, specialty(d, "emt"), "Nevada", "NV", 2014);
    CHECK(nv.lines[3].no_data_reason == "Projections Central's file has no Nevada row for this occupation");
    CHECK(nv.source_notes.empty());
}

TEST_CASE("a figure from a combined SOC 2018 occupation names it in the report and the source line") {
    const data::Dataset* d = with_may_2024();
    if (!d) {
        WARN("skipped: ../shared is absent");
        return;
    }
    const auto report = figure::build_state_report(*d, specialty(*d, "lab-technician"), "Texas", "TX", 2024);
    REQUIRE(report.source_notes.size() == 1);
    CHECK_THAT(report.source_notes[0], Contains("Wages: 29-2010 Clinical Laboratory Technologists and Technicians"));
    CHECK_THAT(report.source_notes[0], Contains("covers both"));
    CHECK_THAT(report.lines[0].no_data_reason, Contains("no BLS state file for May 2024"));

    figure::LayerSpec spec;
    spec.specialty = "lab-technician";
    spec.wage_year = 2024;
    const auto fig = figure::build_figure(*d, atlas(), spec);
    CHECK(fig.source_line ==
          "Source: U.S. Bureau of Labor Statistics, OEWS May 2024; Projections Central, 2012\u20132022. Figures of "
          "29-2010 Clinical Laboratory Technologists and Technicians (SOC 2018)");
    CHECK(figure_for({}).source_line ==
          "Source: U.S. Bureau of Labor Statistics, OES May 2014; Projections Central, 2012\u20132022");
}

TEST_CASE("the report shows the state's price level and its wages adjusted for it") {
    const auto& d = dataset();
    // California, surgical technologists, May 2014: BEA all-items RPP 109.887; median
    // 55870 x 100 / 109.887 = 50843, mean 57140 x 100 / 109.887 = 51999.
    const auto ca = figure::build_state_report(d, specialty(d, "surgical"), "California", "CA", 2014);
    REQUIRE(ca.lines.size() == 8);
    CHECK(ca.lines[5].label == std::string(figure::kPriceLevelLabel));
    CHECK(ca.lines[5].value == "109.9");
    CHECK(ca.lines[5].comparison == "prices 10% above the US average");
    CHECK(ca.lines[6].label == "Median, adjusted for local prices");
    CHECK(ca.lines[6].value == "$50,843");
    CHECK(ca.lines[6].comparison == "+17% vs US (US $43,350)");  // the US level is 100
    CHECK_THAT(ca.lines[6].rank, Contains("of 51 states with data"));
    CHECK(ca.lines[7].label == "Mean, adjusted for local prices");
    CHECK(ca.lines[7].value == "$51,999");
    // Mississippi 2014: 88.920, 11% below.
    const auto ms = figure::build_state_report(d, specialty(d, "surgical"), "Mississippi", "MS", 2014);
    CHECK(ms.lines[5].comparison == "prices 11% below the US average");
    CHECK(figure::price_level_phrase(100.4) == "prices at the US average");
}

TEST_CASE("an adjusted wage without its wage is no data, with the wage's reason") {
    const auto& d = dataset();
    for (const auto& s : d.specialties())
        for (const auto& state : atlas().states) {
            const auto r = figure::build_state_report(d, s, state.name, state.usps, 2013);
            for (const auto& line : r.lines) {
                INFO(s.slug << " " << state.usps << " " << line.label);
                CHECK((line.value == "no data") == !line.no_data_reason.empty());
            }
        }
}

TEST_CASE("an adjusted-wage figure is labelled in its title, legend and source line, which credits BEA") {
    figure::LayerSpec spec;
    spec.specialty = "surgical";
    spec.metric = data::MetricId::AdjustedMedianWage;
    const auto fig = figure_for(spec);
    const std::string label(data::kAdjustedWageLabel);
    CHECK(fig.title == "Surgical technologists: Median annual wage, " + label + ", May 2014");
    CHECK_THAT(fig.legend.title, Contains(label));
    CHECK_THAT(fig.source_line, Contains("BEA Regional Price Parities, 2014: wages " + label));
    CHECK_THAT(fig.subtitle, Contains("United States: $43,350"));
    CHECK(fig.spec.palette == "YlGnBu");
    // Each state's value is its adjusted wage; ranked like any layer.
    const auto& ca = fig.states[state_index("CA")];
    CHECK(ca.value == 50843.0);
    CHECK(ca.rank.has_value());
}
