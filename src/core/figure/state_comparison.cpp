#include "core/figure/state_comparison.hpp"

#include <cmath>
#include <cstdio>

#include "core/figure/number_format.hpp"
#include "core/figure/ranking.hpp"
#include "core/figure/state_report.hpp"

namespace medmap::figure {

namespace {

using data::MetricId;

std::string signed_text(double v, const std::string& magnitude) { return (v > 0 ? "+" : v < 0 ? "-" : "") + magnitude; }

std::string value_and_rank(MetricId m, const std::optional<double>& v, const std::optional<Rank>& rank) {
    std::string text = format_metric(m, v);
    if (v && rank) text += " \u00b7 " + ordinal(rank->rank);
    return text;
}

}  // namespace

std::string difference_text(MetricId metric, const std::optional<double>& first, const std::optional<double>& second) {
    if (!first || !second) return {};
    const double diff = *first - *second;
    switch (metric) {
        case MetricId::MedianWage:
        case MetricId::MeanWage:
        case MetricId::AdjustedMedianWage:
        case MetricId::AdjustedMeanWage: {
            std::string text = signed_text(std::round(diff), format_usd(std::fabs(diff)));
            if (*second > 0) {
                char pct[32];
                const double p = (*first / *second - 1.0) * 100.0;
                std::snprintf(pct, sizeof pct, std::fabs(p) < 0.95 ? " (%+.1f%%)" : " (%+.0f%%)", p);
                if (std::round(diff) != 0) text += pct;
            }
            return std::round(diff) == 0 ? "same" : text;
        }
        case MetricId::Employment:
        case MetricId::Openings:
            return std::llround(diff) == 0 ? "same" : signed_text(std::round(diff), format_count(std::fabs(diff)));
        case MetricId::Growth: return format_points(diff);
    }
    return {};
}

StateComparison build_state_comparison(const data::Dataset& dataset, const data::Specialty& specialty,
                                       const ComparedState& first, const ComparedState& second, int wage_year) {
    const data::Figures a = dataset.figures(specialty.slug, first.usps, wage_year);
    const data::Figures b = dataset.figures(specialty.slug, second.usps, wage_year);
    const data::Figures us = dataset.us_figures(specialty.slug, wage_year);
    const std::string year = std::to_string(wage_year);
    const auto& areas = ranked_areas();

    StateComparison c;
    c.heading = first.name + " vs " + second.name;
    c.subheading = specialty.name + " \u00b7 May " + year;
    c.first_head = first.name;
    c.second_head = second.name;
    c.us_head = "United States";
    c.difference_head = first.usps + " \u2212 " + second.usps;
    c.note = specialty.note;
    c.rank_note = "\u00b7 12th: the state's rank among the 50 states and DC with data, 1 = highest";
    for (MetricId m : kReportMetrics) {
        if (!has_metric(dataset, m)) continue;
        const Ranking ranking = rank_metric(dataset, specialty.slug, m, wage_year, areas);
        std::optional<Rank> rank_a, rank_b;
        for (std::size_t i = 0; i < areas.size(); ++i) {
            if (areas[i] == first.usps) rank_a = ranking.at(i);
            if (areas[i] == second.usps) rank_b = ranking.at(i);
        }
        c.lines.push_back({m, report_label(m, wage_year, dataset.projection_period()), value_and_rank(m, a.get(m), rank_a),
                           value_and_rank(m, b.get(m), rank_b), format_metric(m, us.get(m)),
                           difference_text(m, a.get(m), b.get(m))});
    }
    return c;
}

}  // namespace medmap::figure
