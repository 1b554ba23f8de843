#include "core/data/dataset.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace medmap::data {

namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](unsigned char x, unsigned char y) {
        return std::tolower(x) == std::tolower(y);
    });
}

std::string with_year(std::string text, int year) {
    static constexpr std::string_view kPlaceholder = "{year}";
    const std::string year_text = std::to_string(year);
    for (auto at = text.find(kPlaceholder); at != std::string::npos;
         at = text.find(kPlaceholder, at + year_text.size()))
        text.replace(at, kPlaceholder.size(), year_text);
    return text;
}

std::string upper(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
}

}  // namespace

std::string Metric::period_for(int wage_year) const { return with_year(period, wage_year); }

std::string Source::short_citation_for(int wage_year) const {
    return with_year(short_citation, wage_year);
}

std::optional<double> Figures::get(MetricId m) const {
    switch (m) {
    case MetricId::MedianWage: return median_wage;
    case MetricId::MeanWage: return mean_wage;
    case MetricId::Employment: return employment;
    case MetricId::Growth: return growth_pct;
    case MetricId::Openings: return openings;
    }
    return std::nullopt;
}

const Specialty* Dataset::find_specialty(std::string_view slug_or_soc) const {
    for (const Specialty& s : specialties_)
        if (equal_ignoring_case(s.slug, slug_or_soc) || equal_ignoring_case(s.soc, slug_or_soc))
            return &s;
    return nullptr;
}

const Metric* Dataset::find_metric(std::string_view slug) const {
    for (const Metric& m : metrics_)
        if (m.slug == slug) return &m;
    return nullptr;
}

const Metric& Dataset::metric(MetricId id) const {
    for (const Metric& m : metrics_)
        if (m.id == id) return m;
    // The loader refuses a file that lacks one of the five metrics.
    throw std::out_of_range("dataset has no such metric");
}

bool Dataset::has_wage_year(int year) const {
    return std::find(wage_years_.begin(), wage_years_.end(), year) != wage_years_.end();
}

Figures Dataset::figures(const std::string& specialty_slug, const std::string& area,
                         int wage_year) const {
    const Specialty* specialty = find_specialty(specialty_slug);
    if (!specialty) throw std::out_of_range("unknown specialty \"" + specialty_slug + "\"");
    const std::string& slug = specialty->slug;
    if (!has_wage_year(wage_year))
        throw std::out_of_range("no wage figures for " + std::to_string(wage_year));

    const std::string area_code = upper(area);
    Figures f;
    if (auto year = wages_.find(wage_year); year != wages_.end())
        if (auto spec = year->second.find(slug); spec != year->second.end())
            if (auto cell = spec->second.find(area_code); cell != spec->second.end()) {
                f.median_wage = cell->second.median;
                f.mean_wage = cell->second.mean;
                f.employment = cell->second.employment;
            }
    if (auto spec = projections_.find(slug); spec != projections_.end())
        if (auto cell = spec->second.find(area_code); cell != spec->second.end()) {
            f.growth_pct = cell->second.growth_pct;
            f.openings = cell->second.openings;
        }
    return f;
}

Figures Dataset::us_all_health_technicians(int wage_year) const {
    if (!has_wage_year(wage_year))
        throw std::out_of_range("no wage figures for " + std::to_string(wage_year));
    Figures f;
    if (auto cell = us_all_.find(wage_year); cell != us_all_.end()) {
        f.median_wage = cell->second.median;
        f.mean_wage = cell->second.mean;
        f.employment = cell->second.employment;
    }
    return f;
}

}  // namespace medmap::data
