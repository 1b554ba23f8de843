#pragma once
// Dataset::Builder: the only way to fill a Dataset. It stores what it is given and checks
// nothing; the loader validates the file before it calls these.
#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"

namespace medmap::data {

struct Dataset::Builder {
    struct WageFigures {
        std::optional<double> median, mean, employment;
    };
    struct ProjectionFigures {
        std::optional<double> growth_pct, openings;
    };

    void set_wage_years(std::vector<int> ascending_years, int default_year);
    void set_projection_period(std::string period);
    void add_specialty(Specialty specialty);
    void set_all_health_technicians_group(Specialty group);
    void add_metric(Metric metric);
    void add_source(Source source);
    void set_wages(int year, const std::string& slug, const std::string& area, const WageFigures& f);
    void set_projection(const std::string& slug, const std::string& area, const ProjectionFigures& f);
    void set_all_health_technicians(int year, const WageFigures& f);

    Dataset finish() && { return std::move(dataset_); }

private:
    Dataset dataset_;
};

}  // namespace medmap::data
