#include "core/figure/state_report.hpp"

#include <algorithm>
#include <cmath>

#include "core/figure/number_format.hpp"
#include "core/figure/ranking.hpp"

namespace medmap::figure {

namespace {

using data::MetricId;

std::string us_beside(MetricId m, const std::optional<double>& us) {
    return "US " + format_metric(m, us);
}

std::string wage_comparison(const std::optional<double>& v, const std::optional<double>& us) {
    std::string relative = relative_to_us(v, us);
    std::string us_text = "US " + format_metric(MetricId::MedianWage, us);
    return relative.empty() ? us_text : relative + " (" + us_text + ")";
}

// "12th of 49 states with data" for `usps` in a ranking of ranked_areas(); empty without a rank.
std::string rank_text(const Ranking& ranking, const std::string& usps) {
    const auto& areas = ranked_areas();
    for (std::size_t i = 0; i < areas.size(); ++i)
        if (areas[i] == usps) {
            const auto rank = ranking.at(i);
            return rank ? rank_phrase(*rank) : std::string();
        }
    return {};
}

}  // namespace

std::string rank_in(const data::Dataset& dataset, const std::string& specialty, data::MetricId metric, int wage_year,
                    const std::string& usps) {
    return rank_text(rank_metric(dataset, specialty, metric, wage_year, ranked_areas()), usps);
}

ReportRankings report_rankings(const data::Dataset& dataset, const std::string& specialty, int wage_year) {
    ReportRankings rankings;
    for (MetricId m : kReportMetrics)
        if (has_metric(dataset, m))
            rankings.by_metric.emplace_back(m, rank_metric(dataset, specialty, m, wage_year, ranked_areas()));
    return rankings;
}

std::string report_label(MetricId metric, int wage_year, const std::string& projection_period) {
    switch (metric) {
        case MetricId::MedianWage: return "Median annual wage";
        case MetricId::MeanWage: return "Mean annual wage";
        case MetricId::Employment: return "Employment (May " + std::to_string(wage_year) + ")";
        case MetricId::Growth: return "Job growth " + format_period(projection_period);
        case MetricId::Openings: return "Annual openings";
        case MetricId::AdjustedMedianWage: return "Median, adjusted for local prices";
        case MetricId::AdjustedMeanWage: return "Mean, adjusted for local prices";
    }
    return {};
}

std::string comparison_with_reason(const ReportLine& line) {
    return line.no_data_reason.empty() ? line.comparison : line.no_data_reason + " \u00b7 " + line.comparison;
}

bool has_metric(const data::Dataset& dataset, data::MetricId metric) {
    const auto& all = dataset.metrics();
    return std::any_of(all.begin(), all.end(), [metric](const data::Metric& m) { return m.id == metric; });
}

std::string price_level_phrase(double level) {
    const double pct = level - 100.0;  // US = 100, so the level is a percent of the US average
    if (std::lround(pct) == 0) return "prices at the US average";
    return "prices " + format_fixed(std::fabs(pct), 0, false) + "% " + (pct > 0 ? "above" : "below") +
           " the US average";
}

StateReport build_state_report(const data::Dataset& dataset, const data::Specialty& specialty,
                               const std::string& state_name, const std::string& usps, int wage_year) {
    return build_state_report(dataset, specialty, state_name, usps, wage_year,
                              report_rankings(dataset, specialty.slug, wage_year));
}

StateReport build_state_report(const data::Dataset& dataset, const data::Specialty& specialty,
                               const std::string& state_name, const std::string& usps, int wage_year,
                               const ReportRankings& rankings) {
    const auto rank_of = [&](MetricId m) {
        for (const auto& [metric, ranking] : rankings.by_metric)
            if (metric == m) return rank_text(ranking, usps);
        return rank_in(dataset, specialty.slug, m, wage_year, usps);  // not given: ranked here
    };
    const data::Figures here = dataset.figures(specialty.slug, usps, wage_year);
    const data::Figures us = dataset.us_figures(specialty.slug, wage_year);
    const std::string year = std::to_string(wage_year);

    StateReport r;
    r.heading = state_name;
    r.subheading = specialty.name + " · May " + year;
    r.note = specialty.note;
    for (MetricId m : kReportMetrics) {
        if (!has_metric(dataset, m)) continue;
        if (m == MetricId::AdjustedMedianWage) {
            // What the adjusted wages divide by: the state's price level of that year.
            ReportLine prices{std::string(kPriceLevelLabel), "no data", "US 100"};
            if (here.price_level) {
                prices.value = format_fixed(*here.price_level, 1, false);
                prices.comparison = price_level_phrase(*here.price_level);
            } else {
                prices.no_data_reason = dataset.price_level_reason(usps, wage_year);
            }
            r.lines.push_back(std::move(prices));
        }
        const bool wage = data::is_wage(m);
        r.lines.push_back({report_label(m, wage_year, dataset.projection_period()), format_metric(m, here.get(m)),
                           wage ? wage_comparison(here.get(m), us.get(m)) : us_beside(m, us.get(m)),
                           rank_of(m),
                           dataset.no_data_reason(specialty.slug, usps, wage_year, m)});
    }
    if (const data::SuppliedBy* by = dataset.wage_supplied_by(specialty.slug, wage_year))
        r.source_notes.push_back("Wages: " + by->soc + " " + by->title + ". " + by->note);
    if (const data::SuppliedBy* by = dataset.projection_supplied_by(specialty.slug))
        r.source_notes.push_back("Projections: " + by->soc + " " + by->title + ". " + by->note);
    return r;
}

}  // namespace medmap::figure
