#pragma once
// Two states side by side, with the US and the difference between them: the window's
// two-state tooltip and `medmap info --state TX --compare CO` print exactly these lines.
#include <string>
#include <vector>

#include "core/data/dataset.hpp"

namespace medmap::figure {

struct ComparedState {
    std::string name;  // "Texas"
    std::string usps;  // "TX"
};

struct ComparisonLine {
    data::MetricId metric;
    std::string label;          // "Median annual wage"
    std::string first, second;  // "$33,170 · 20th" (value and rank), or "no data"
    std::string us;             // "$31,700"
    std::string difference;     // first minus second: "-$7,340 (-18%)", "+5.0 pts"; empty if either is missing
};

struct StateComparison {
    std::string heading;     // "Texas vs Colorado"
    std::string subheading;  // "EMTs and paramedics · May 2014"
    std::string first_head, second_head, us_head, difference_head;  // column heads: "Texas", ..., "Texas − Colorado"
    std::vector<ComparisonLine> lines;
    std::string rank_note;   // what the ranks mean
    std::string note;        // the specialty's note; may be empty
};

StateComparison build_state_comparison(const data::Dataset& dataset, const data::Specialty& specialty,
                                       const ComparedState& first, const ComparedState& second, int wage_year);

// "first − second" for one metric: "+$1,200 (+4%)" for wages, "-3,000" for counts,
// "+5.0 pts" for growth; empty when either figure is missing.
std::string difference_text(data::MetricId metric, const std::optional<double>& first,
                            const std::optional<double>& second);

}  // namespace medmap::figure
