#include "core/data/dataset_builder.hpp"

#include <utility>

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

}  // namespace medmap::data
