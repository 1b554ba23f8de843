#include "core/data/dataset_builder.hpp"

#include <utility>

namespace medmap::data {

void Dataset::Builder::set_wage_years(std::vector<int> ascending_years, int default_year) {
    dataset_.wage_years_ = std::move(ascending_years);
    dataset_.default_wage_year_ = default_year;
}

void Dataset::Builder::set_projection_period(std::string period) {
    dataset_.projection_period_ = std::move(period);
}

void Dataset::Builder::add_specialty(Specialty specialty) {
    dataset_.specialties_.push_back(std::move(specialty));
}

void Dataset::Builder::set_all_health_technicians_group(Specialty group) {
    dataset_.all_group_ = std::move(group);
}

void Dataset::Builder::add_metric(Metric metric) { dataset_.metrics_.push_back(std::move(metric)); }

void Dataset::Builder::add_source(Source source) { dataset_.sources_.push_back(std::move(source)); }

void Dataset::Builder::set_wages(int year, const std::string& slug, const std::string& area,
                                 const WageFigures& f) {
    dataset_.wages_[year][slug][area] = WageCell{f.median, f.mean, f.employment};
}

void Dataset::Builder::set_projection(const std::string& slug, const std::string& area,
                                      const ProjectionFigures& f) {
    dataset_.projections_[slug][area] = ProjectionCell{f.growth_pct, f.openings};
}

void Dataset::Builder::set_all_health_technicians(int year, const WageFigures& f) {
    dataset_.us_all_[year] = WageCell{f.median, f.mean, f.employment};
}

}  // namespace medmap::data
