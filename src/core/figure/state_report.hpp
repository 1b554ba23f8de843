#pragma once
// What a person reads about one state: the tooltip in the window and `medmap info`
// print exactly these lines, so they can never disagree.
#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/figure/ranking.hpp"

namespace medmap::figure {

struct ReportLine {
    std::string label;       // "Median annual wage"
    std::string value;       // "$32,660" or "no data"
    std::string comparison;  // "+3% vs US ($31,700)" / "US +23.1%"; may be empty
    std::string rank{};      // "12th of 49 states with data"; empty for no data
    std::string no_data_reason{};  // why the value is "no data" (from the stats file); else empty
};

struct StateReport {
    std::string heading;     // "Texas"
    std::string subheading;  // "EMTs and paramedics · May 2014"
    std::vector<ReportLine> lines;
    std::string note;        // the specialty's note, e.g. about dialysis technicians
    // The occupations that supply the figures when their code is not the specialty's own
    // ("Wages: 29-2010 Clinical Laboratory Technologists and Technicians. SOC 2018 ...").
    std::vector<std::string> source_notes{};
};

// The metrics a report (and a comparison) has a line for, in order; one the dataset lacks
// (adjusted wages of a file without price levels) is left out. A report also has a line
// for the state's price level, before the adjusted wages.
inline constexpr data::MetricId kReportMetrics[] = {
    data::MetricId::MedianWage, data::MetricId::MeanWage,           data::MetricId::Employment,
    data::MetricId::Growth,     data::MetricId::Openings,           data::MetricId::AdjustedMedianWage,
    data::MetricId::AdjustedMeanWage};

// A line's comparison as the web page's tooltip and `info --json` show it: for "no data"
// the reason first ("Projections Central's file has no Nevada row ... · US +23.1%").
std::string comparison_with_reason(const ReportLine& line);

// Whether the dataset offers a metric (the adjusted wages need price levels).
bool has_metric(const data::Dataset& dataset, data::MetricId metric);

// The price level line's label and its words: "prices 11% above the US average".
inline constexpr std::string_view kPriceLevelLabel = "Price level (BEA RPP, US = 100)";
std::string price_level_phrase(double level);

// Each report metric the dataset has, ranked among the 50 states and DC for one specialty
// and wage year: what all 51 reports of a layer share, so the web page, which builds every
// state's report, ranks 7 times per specialty and year instead of 7 times per state.
struct ReportRankings {
    std::vector<std::pair<data::MetricId, Ranking>> by_metric;
};
ReportRankings report_rankings(const data::Dataset& dataset, const std::string& specialty, int wage_year);

// Ranks are among the 50 states and DC (ranking.hpp), 1 = highest.
StateReport build_state_report(const data::Dataset& dataset, const data::Specialty& specialty,
                               const std::string& state_name, const std::string& usps, int wage_year);
// The same, reading the ranks from `rankings` of the same specialty and year.
StateReport build_state_report(const data::Dataset& dataset, const data::Specialty& specialty,
                               const std::string& state_name, const std::string& usps, int wage_year,
                               const ReportRankings& rankings);

// A report line's label: "Median annual wage", "Employment (May 2014)", "Job growth 2012–2022".
std::string report_label(data::MetricId metric, int wage_year, const std::string& projection_period);

// "12th of 49 states with data": `usps` among the 50 states and DC for one metric; empty
// when it has no figure.
std::string rank_in(const data::Dataset& dataset, const std::string& specialty, data::MetricId metric, int wage_year,
                    const std::string& usps);

}  // namespace medmap::figure
