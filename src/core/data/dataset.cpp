#include "core/data/dataset.hpp"

#include "core/data/metric_slugs.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
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
    case MetricId::AdjustedMedianWage: return adjusted_median_wage;
    case MetricId::AdjustedMeanWage: return adjusted_mean_wage;
    }
    return std::nullopt;
}

const Specialty* Dataset::find_specialty(std::string_view slug_or_soc) const {
    // Callers inside medmap pass the slug itself (the web page asks 336 x 51 times): an exact
    // match first. Slugs are distinct, lowercase and never an SOC code (the stats checker),
    // so the answer is the one the case-insensitive search below would give.
    for (const Specialty& s : specialties_)
        if (s.slug == slug_or_soc) return &s;
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
    // The loader refuses a file that lacks one of the five published metrics; the adjusted
    // wages exist only when the file has BEA price levels.
    throw std::out_of_range("the stats file has no metric \"" + std::string(metric_slug(id)) +
                            "\" (adjusted wages need BEA price levels, which a version 2 stats file carries)");
}

bool Dataset::has_wage_year(int year) const {
    return std::find(wage_years_.begin(), wage_years_.end(), year) != wage_years_.end();
}

const Dataset::WageCell* Dataset::wage_cell(const std::string& slug, const std::string& area, int wage_year) const {
    if (auto year = wages_.find(wage_year); year != wages_.end())
        if (auto spec = year->second.find(slug); spec != year->second.end())
            if (auto cell = spec->second.find(area); cell != spec->second.end()) return &cell->second;
    return nullptr;
}

const Dataset::ProjectionCell* Dataset::projection_cell(const std::string& slug, const std::string& area) const {
    if (auto round = projections_.find(projection_round_); round != projections_.end())
        if (auto spec = round->second.find(slug); spec != round->second.end())
            if (auto cell = spec->second.find(area); cell != spec->second.end()) return &cell->second;
    return nullptr;
}

namespace {

// A derived figure: wage x 100 / price level (US = 100) of the same state and year, in
// whole dollars as BLS publishes wages, so the map, its ranks, the CSV and `info` all
// show and use the same number.
std::optional<double> adjusted(const std::optional<double>& wage, const std::optional<double>& price_level) {
    if (!wage || !price_level || *price_level <= 0) return std::nullopt;
    return std::round(*wage * 100.0 / *price_level);
}

}  // namespace

Figures Dataset::figures(const std::string& specialty_slug, const std::string& area,
                         int wage_year) const {
    const Specialty* specialty = find_specialty(specialty_slug);
    if (!specialty) throw std::out_of_range("unknown specialty \"" + specialty_slug + "\"");
    const std::string& slug = specialty->slug;
    if (!has_wage_year(wage_year))
        throw std::out_of_range("no wage figures for " + std::to_string(wage_year));

    const std::string area_code = upper(area);
    Figures f;
    if (const WageCell* cell = wage_cell(slug, area_code, wage_year)) {
        f.median_wage = cell->median;
        f.mean_wage = cell->mean;
        f.employment = cell->employment;
    }
    if (const ProjectionCell* cell = projection_cell(slug, area_code)) {
        f.growth_pct = cell->growth_pct;
        f.openings = cell->openings;
    }
    // BEA's parities are relative to the nation, so the US price level is 100 by definition
    // (the file's "US" row says 100 too) and the US adjusted wage is the US wage itself.
    f.price_level = price_level(area_code, wage_year);
    f.adjusted_median_wage = adjusted(f.median_wage, f.price_level);
    f.adjusted_mean_wage = adjusted(f.mean_wage, f.price_level);
    return f;
}

void Dataset::use_projection_round(const std::string& round) {
    if (std::find(projection_rounds_.begin(), projection_rounds_.end(), round) == projection_rounds_.end())
        throw std::out_of_range("no projection round " + round);
    projection_round_ = round;
    // The projection metrics' period follows the round shown ("2024–2034").
    std::string period = round;
    if (const auto dash = period.find('-'); dash != std::string::npos) period.replace(dash, 1, "\u2013");
    for (Metric& m : metrics_)
        if (m.id == MetricId::Growth || m.id == MetricId::Openings) m.period = period;
}

const Source* Dataset::source(const std::string& id) const {
    for (const Source& s : sources_)
        if (s.id == id) return &s;
    return nullptr;
}

const Source* Dataset::wage_source(int wage_year) const {
    const auto it = wage_source_ids_.find(wage_year);
    return source(it != wage_source_ids_.end() ? it->second : metric(MetricId::MedianWage).source);
}

const Source* Dataset::projection_source() const {
    const auto it = round_source_ids_.find(projection_round_);
    return source(it != round_source_ids_.end() ? it->second : metric(MetricId::Growth).source);
}

std::string Dataset::source_citation(int wage_year) const {
    std::string out;
    if (const Source* wages = wage_source(wage_year)) out = wages->short_citation_for(wage_year);
    if (const Source* projections = projection_source())
        out += (out.empty() ? "" : "; ") + projections->short_citation_for(wage_year);
    return out;
}

std::string Dataset::no_data_reason(const std::string& specialty_slug, const std::string& area, int wage_year,
                                    MetricId metric) const {
    if (figures(specialty_slug, area, wage_year).get(metric)) return "";
    const std::string slug = find_specialty(specialty_slug)->slug;
    const std::string area_code = upper(area);
    std::string why;
    switch (metric) {
    case MetricId::MedianWage:
    case MetricId::MeanWage:
    case MetricId::Employment:
        if (const WageCell* cell = wage_cell(slug, area_code, wage_year))
            why = cell->why[metric == MetricId::MedianWage ? 0 : metric == MetricId::MeanWage ? 1 : 2];
        else
            why = "the stats file has no May " + std::to_string(wage_year) + " figures for " + area_code;
        break;
    case MetricId::Growth:
    case MetricId::Openings:
        if (const ProjectionCell* cell = projection_cell(slug, area_code))
            why = cell->why[metric == MetricId::Growth ? 0 : 1];
        else
            why = "the stats file has no " + projection_round_ + " projections for " + area_code;
        break;
    case MetricId::AdjustedMedianWage:
    case MetricId::AdjustedMeanWage: {
        // Null when either number is: the wage's own reason comes first.
        const MetricId wage = metric == MetricId::AdjustedMedianWage ? MetricId::MedianWage : MetricId::MeanWage;
        why = no_data_reason(specialty_slug, area, wage_year, wage);
        if (why.empty()) why = price_level_reason(area_code, wage_year);
        break;
    }
    }
    // A version 1 file records no reasons.
    return why.empty() ? "the stats file records no reason" : why;
}

const SuppliedBy* Dataset::wage_supplied_by(const std::string& specialty_slug, int wage_year) const {
    const auto it = supplied_by_.find({std::to_string(wage_year), specialty_slug});
    return it == supplied_by_.end() ? nullptr : &it->second;
}

const SuppliedBy* Dataset::projection_supplied_by(const std::string& specialty_slug) const {
    const auto it = supplied_by_.find({projection_round_, specialty_slug});
    return it == supplied_by_.end() ? nullptr : &it->second;
}

std::optional<double> Dataset::price_level(const std::string& area, int year) const {
    if (auto y = price_levels_.find(year); y != price_levels_.end())
        if (auto a = y->second.find(upper(area)); a != y->second.end()) return a->second;
    return std::nullopt;
}

std::string Dataset::price_level_reason(const std::string& area, int year) const {
    if (price_level(area, year)) return "";
    if (price_levels_.empty()) return "the stats file has no BEA price levels";
    return "the stats file has no BEA price level for " + upper(area) + " in " + std::to_string(year);
}

const Source* Dataset::price_level_source() const {
    return price_source_id_.empty() ? nullptr : source(price_source_id_);
}

}  // namespace medmap::data
