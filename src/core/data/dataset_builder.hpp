#pragma once
// Dataset::Builder: the only way to fill a Dataset. It stores what it is given and checks
// nothing; the loader validates the file before it calls these.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"

namespace medmap::data {

struct Dataset::Builder {
    struct WageFigures {
        std::optional<double> median, mean, employment;
        std::array<std::string, 3> why{};  // reason of each null figure
    };
    struct ProjectionFigures {
        std::optional<double> growth_pct, openings;
        std::array<std::string, 2> why{};
    };

    void set_wage_years(std::vector<int> ascending_years, int default_year);
    // The rounds present, ascending, and the one shown first.
    void set_projection_rounds(std::vector<std::string> rounds, std::string default_round);
    void set_wage_source(int year, std::string source_id);
    void set_round_source(std::string round, std::string source_id);
    // `edition` is a wage year ("2024") or a projection round ("2024-2034").
    void set_supplied_by(std::string edition, std::string slug, SuppliedBy by);
    void set_price_level(int year, std::string area, double level);
    void set_price_source(std::string source_id);
    void add_specialty(Specialty specialty);
    void add_metric(Metric metric);
    void add_source(Source source);
    void set_wages(int year, const std::string& slug, const std::string& area, const WageFigures& f);
    void set_projection(const std::string& round, const std::string& slug, const std::string& area,
                        const ProjectionFigures& f);

    // The dataset, with the derived metrics (catalog::kDerivedMetrics) added after the
    // file's when it has price levels: a file without them cannot offer adjusted wages.
    Dataset finish() &&;

private:
    Dataset dataset_;
};

}  // namespace medmap::data
