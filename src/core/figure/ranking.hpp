#pragma once
// Where a state stands among the others for one layer: 1 is the highest figure, and
// states with the same figure share the better rank (standard competition ranking,
// "1224"), so two states tied for 2nd are both 2nd and the next is 4th. States without
// data get no rank and do not count: "12th of 49 states with data".
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"

namespace medmap::figure {

struct Rank {
    int rank = 0;  // 1 = highest
    int of = 0;    // how many areas have data
};

struct Ranking {
    std::vector<std::optional<int>> ranks;  // parallel to the values ranked; empty: no data
    int with_data = 0;
    std::optional<Rank> at(std::size_t i) const;
};

Ranking rank_values(std::span<const std::optional<double>> values);

// One metric of one specialty and wage year, ranked across `areas` (USPS codes).
// Throws std::out_of_range for an unknown specialty or year (as Dataset::figures).
Ranking rank_metric(const data::Dataset& dataset, const std::string& specialty, data::MetricId metric,
                    int wage_year, std::span<const std::string> areas);

// The 50 states and DC as USPS codes: what `medmap info` and the tooltip rank among.
const std::vector<std::string>& ranked_areas();

// "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "102nd".
std::string ordinal(int n);
// "12th of 49 states with data".
std::string rank_phrase(const Rank& rank);

}  // namespace medmap::figure
