#include "core/figure/ranking.hpp"

#include <algorithm>
#include <numeric>

#include "core/base/us_states.hpp"

namespace medmap::figure {

std::optional<Rank> Ranking::at(std::size_t i) const {
    if (i >= ranks.size() || !ranks[i]) return std::nullopt;
    return Rank{*ranks[i], with_data};
}

Ranking rank_values(std::span<const std::optional<double>> values) {
    Ranking r;
    r.ranks.resize(values.size());
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i]) order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return *values[a] > *values[b]; });
    r.with_data = static_cast<int>(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        const bool tied = k > 0 && *values[order[k]] == *values[order[k - 1]];
        r.ranks[order[k]] = tied ? *r.ranks[order[k - 1]] : static_cast<int>(k) + 1;
    }
    return r;
}

Ranking rank_metric(const data::Dataset& dataset, const std::string& specialty, data::MetricId metric,
                    int wage_year, std::span<const std::string> areas) {
    std::vector<std::optional<double>> values;
    values.reserve(areas.size());
    for (const std::string& area : areas) values.push_back(dataset.figures(specialty, area, wage_year).get(metric));
    return rank_values(values);
}

const std::vector<std::string>& ranked_areas() {
    static const std::vector<std::string> areas = [] {
        std::vector<std::string> out;
        for (const UsState& s : states_and_dc()) out.emplace_back(s.usps);
        return out;
    }();
    return areas;
}

std::string ordinal(int n) {
    const int last_two = n % 100, last = n % 10;
    const char* suffix = "th";
    if (last_two < 11 || last_two > 13) {
        if (last == 1) suffix = "st";
        else if (last == 2) suffix = "nd";
        else if (last == 3) suffix = "rd";
    }
    return std::to_string(n) + suffix;
}

std::string rank_phrase(const Rank& rank) {
    return ordinal(rank.rank) + " of " + std::to_string(rank.of) + (rank.of == 1 ? " state" : " states") +
           " with data";
}

}  // namespace medmap::figure
