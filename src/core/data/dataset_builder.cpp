#include "core/data/dataset_builder.hpp"

#include <algorithm>
#include <optional>
#include <utility>

#include "core/data/metric_slugs.hpp"

namespace medmap::data {

void Dataset::Builder::set_wage_years(std::vector<int> ascending_years, int default_year) {
    dataset_.wage_years_ = std::move(ascending_years);
    dataset_.default_wage_year_ = default_year;
}

void Dataset::Builder::set_projection_rounds(std::vector<std::string> rounds, std::string default_round) {
    dataset_.projection_rounds_ = std::move(rounds);
    dataset_.projection_round_ = default_round;
    dataset_.default_projection_round_ = std::move(default_round);
}

void Dataset::Builder::set_wage_source(int year, std::string source_id) {
    dataset_.wage_source_ids_[year] = std::move(source_id);
}

void Dataset::Builder::set_round_source(std::string round, std::string source_id) {
    dataset_.round_source_ids_[std::move(round)] = std::move(source_id);
}

void Dataset::Builder::set_supplied_by(std::string edition, std::string slug, SuppliedBy by) {
    dataset_.supplied_by_[{std::move(edition), std::move(slug)}] = std::move(by);
}

void Dataset::Builder::set_price_level(int year, std::string area, double level) {
    dataset_.price_levels_[year][std::move(area)] = level;
}

void Dataset::Builder::set_price_source(std::string source_id) { dataset_.price_source_id_ = std::move(source_id); }

void Dataset::Builder::add_specialty(Specialty specialty) {
    dataset_.specialties_.push_back(std::move(specialty));
}

void Dataset::Builder::add_metric(Metric metric) { dataset_.metrics_.push_back(std::move(metric)); }

void Dataset::Builder::add_source(Source source) { dataset_.sources_.push_back(std::move(source)); }

void Dataset::Builder::set_wages(int year, const std::string& slug, const std::string& area,
                                 const WageFigures& f) {
    dataset_.wages_[year][slug][area] = WageCell{f.median, f.mean, f.employment, f.why};
}

void Dataset::Builder::set_projection(const std::string& round, const std::string& slug, const std::string& area,
                                      const ProjectionFigures& f) {
    dataset_.projections_[round][slug][area] = ProjectionCell{f.growth_pct, f.openings, f.why};
}

Dataset Dataset::Builder::finish() && {
    if (dataset_.price_levels_.empty()) return std::move(dataset_);
    // The wage's source and period as the file gives them (the loader requires both wages).
    const auto wage = std::find_if(dataset_.metrics_.begin(), dataset_.metrics_.end(),
                                   [](const Metric& m) { return m.id == MetricId::MedianWage; });
    std::optional<Metric> wage_metric;  // a copy: push_back below moves the vector
    if (wage != dataset_.metrics_.end()) wage_metric = *wage;
    for (MetricId id : {MetricId::AdjustedMedianWage, MetricId::AdjustedMeanWage}) {
        const catalog::MetricEntry* e = metric_entry(id);
        Metric m{id, std::string(e->slug), std::string(e->name), std::string(e->unit), std::string(e->period),
                 std::string(e->source), std::string(e->note)};
        if (wage_metric) {
            m.period = wage_metric->period;
            m.source = wage_metric->source;
        }
        dataset_.metrics_.push_back(std::move(m));
    }
    return std::move(dataset_);
}

}  // namespace medmap::data
