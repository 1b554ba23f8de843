#include "core/figure/state_report.hpp"

#include "core/figure/number_format.hpp"

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

}  // namespace

StateReport build_state_report(const data::Dataset& dataset, const data::Specialty& specialty,
                               const std::string& state_name, const std::string& usps, int wage_year) {
    const data::Figures here = dataset.figures(specialty.slug, usps, wage_year);
    const data::Figures us = dataset.us_figures(specialty.slug, wage_year);
    const std::string year = std::to_string(wage_year);
    const std::string period = format_period(dataset.projection_period());

    StateReport r;
    r.heading = state_name;
    r.subheading = specialty.name + " · May " + year;
    r.note = specialty.note;
    r.lines.push_back({"Median annual wage", format_metric(MetricId::MedianWage, here.median_wage),
                       wage_comparison(here.median_wage, us.median_wage)});
    r.lines.push_back({"Mean annual wage", format_metric(MetricId::MeanWage, here.mean_wage),
                       wage_comparison(here.mean_wage, us.mean_wage)});
    r.lines.push_back({"Employment (May " + year + ")", format_metric(MetricId::Employment, here.employment),
                       us_beside(MetricId::Employment, us.employment)});
    r.lines.push_back({"Job growth " + period, format_metric(MetricId::Growth, here.growth_pct),
                       us_beside(MetricId::Growth, us.growth_pct)});
    r.lines.push_back({"Annual openings", format_metric(MetricId::Openings, here.openings),
                       us_beside(MetricId::Openings, us.openings)});
    const MetricId metric_of_line[] = {MetricId::MedianWage, MetricId::MeanWage, MetricId::Employment,
                                       MetricId::Growth, MetricId::Openings};
    for (std::size_t i = 0; i < r.lines.size(); ++i)
        r.lines[i].no_data_reason = dataset.no_data_reason(specialty.slug, usps, wage_year, metric_of_line[i]);
    if (const data::SuppliedBy* by = dataset.wage_supplied_by(specialty.slug, wage_year))
        r.source_notes.push_back("Wages: " + by->soc + " " + by->title + ". " + by->note);
    if (const data::SuppliedBy* by = dataset.projection_supplied_by(specialty.slug))
        r.source_notes.push_back("Projections: " + by->soc + " " + by->title + ". " + by->note);
    return r;
}

}  // namespace medmap::figure
