#pragma once
// The project's dataset: specialties, metrics, and per-state and national figures,
// as loaded (and validated) from a stats JSON file described in stats/README.md.
// A missing figure is std::nullopt everywhere; nothing is ever filled in.
#include <array>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/drop_handler.hpp"

namespace medmap::data {

struct Specialty {
    std::string slug;          // "emt"
    std::string soc;           // "29-2041"
    std::string name;          // display name, e.g. "EMTs and paramedics"
    std::string bls_title;     // "Emergency Medical Technicians and Paramedics"
    std::string article_name;  // what the career-guide article calls it
    std::string note;          // e.g. that BLS counts dialysis technicians in 29-2099; may be empty
};

// The five published metrics, then the two derived at load (wages adjusted for local prices,
// see Figures). Their slugs live in metric_slugs.cpp, their names in stats_catalog.hpp.
enum class MetricId { MedianWage, MeanWage, Employment, Growth, Openings, AdjustedMedianWage, AdjustedMeanWage };

// A median or mean wage, adjusted for local prices or not.
constexpr bool is_wage(MetricId m) {
    return m == MetricId::MedianWage || m == MetricId::MeanWage || m == MetricId::AdjustedMedianWage ||
           m == MetricId::AdjustedMeanWage;
}
constexpr bool is_adjusted_wage(MetricId m) {
    return m == MetricId::AdjustedMedianWage || m == MetricId::AdjustedMeanWage;
}

struct Metric {
    MetricId id;
    std::string slug;    // "median-wage", "mean-wage", "employment", "growth", "openings", "adjusted-median-wage"...
    std::string name;    // "Median annual wage"
    std::string unit;    // "USD", "jobs", "percent", "jobs per year"
    std::string period;  // "May 2014" for wages (depends on the chosen year), "2012–2022" for projections
    std::string source;  // id into Dataset::sources()
    // Added after the fields above, with {} so that initializers listing only those
    // still compile warning-free (-Wmissing-field-initializers).
    std::string note{};  // e.g. that state employment exists only for 2014 and 2015; may be empty

    // `period` with "{year}" replaced by the wage year ("May {year}" -> "May 2014").
    std::string period_for(int wage_year) const;
};

// One file of the upstream repository a source was taken from.
struct SourceFile {
    std::string path;      // path inside the repository
    std::string commit;    // full commit hash
    std::string used_for;  // which figures came from it
};

// One official file an import read: what it was, exactly, and what was taken from it.
struct ImportRecord {
    std::string file;     // file name, as downloaded (inside a zip: "oesm24st.zip/state_M2024_dl.xlsx")
    std::string sha256;   // of the file's bytes
    std::string sheet;    // the sheet read, or "" for a CSV or JSON file
    std::string edition;  // "May 2024", "2024-2034", "2008-2023"
    long long rows_used = 0;
    std::vector<std::string> caveats;  // missing areas, '*' cells, territories skipped...
};

// The occupation that supplies a specialty's figures in an edition whose SOC code
// differs from the specialty's own (see catalog::kCrosswalk).
struct SuppliedBy {
    std::string soc;    // "29-2010"
    std::string title;  // "Clinical Laboratory Technologists and Technicians"
    std::string note;   // why, and whether it covers more workers than the specialty
};

struct Source {
    std::string id;        // "oes", "projections"
    std::string citation;  // full citation
    std::string short_citation;  // for a figure's source line
    std::vector<std::string> caveats;
    // Provenance, after the fields above and with {} for the same reason as Metric::note.
    std::string name{};                   // "BLS Occupational Employment Statistics (OES), ..."
    std::string repository{};             // GitHub owner/name of the copy the data was read from
    std::string commit{};                 // that repository's snapshot HEAD
    std::vector<SourceFile> files{};      // the upstream files the figures came from
    std::vector<std::string> extracts{};  // the CSV extracts the converter read
    std::vector<ImportRecord> imports{};  // official files `medmap import` read (format v2)

    // `short_citation` with "{year}" replaced by the wage year.
    std::string short_citation_for(int wage_year) const;
};

// One area's figures for one specialty and wage year.
struct Figures {
    std::optional<double> median_wage;  // USD per year
    std::optional<double> mean_wage;    // USD per year
    std::optional<double> employment;   // jobs, same May reference year as the wages
    std::optional<double> growth_pct;   // % change in employment 2012–2022
    std::optional<double> openings;     // average annual openings over the projection round
    // Derived, never stored: the wage x 100 / the BEA all-items price level of the same
    // state and year ("adjusted for local prices (BEA RPP, US = 100)"), rounded to whole
    // dollars as published wages are. Null without either number.
    std::optional<double> price_level{};
    std::optional<double> adjusted_median_wage{};
    std::optional<double> adjusted_mean_wage{};

    std::optional<double> get(MetricId m) const;
};

// The label of the derived adjusted-median-wage and adjusted-mean-wage figures.
inline constexpr std::string_view kAdjustedWageLabel = "adjusted for local prices (BEA RPP, US = 100)";

class Dataset {
public:
    const std::vector<Specialty>& specialties() const { return specialties_; }
    // The file's five published metrics, then, when the file has BEA price levels, the two
    // wages adjusted for local prices (derived at load; catalog::kDerivedMetrics).
    const std::vector<Metric>& metrics() const { return metrics_; }
    const std::vector<Source>& sources() const { return sources_; }
    const std::vector<int>& wage_years() const { return wage_years_; }  // ascending
    int default_wage_year() const { return default_wage_year_; }
    // The projection round shown ("2012-2022"): the file's default until use_projection_round.
    const std::string& projection_period() const { return projection_round_; }
    const std::vector<std::string>& projection_rounds() const { return projection_rounds_; }  // ascending
    const std::string& default_projection_round() const { return default_projection_round_; }
    // Shows another round (`--projections`); throws std::out_of_range for a round the file lacks.
    void use_projection_round(const std::string& round);

    // The source of a wage year's figures and of the shown round's; nullptr when the file
    // does not say (never for a file the loader accepted).
    const Source* wage_source(int wage_year) const;
    const Source* projection_source() const;
    // "U.S. Bureau of Labor Statistics, OES May 2014; Projections Central, 2012–2022":
    // the editions shown, for a figure's source line.
    std::string source_citation(int wage_year) const;

    // Why a figure is null, as the importer knew it ("BLS did not publish this estimate (*)");
    // "" when the figure exists. Never empty for a null figure.
    std::string no_data_reason(const std::string& specialty_slug, const std::string& area, int wage_year,
                               MetricId metric) const;
    // The occupation whose figures stand in for the specialty's in that wage year / the
    // shown projection round, when its code differs; nullptr when it is the specialty's own.
    const SuppliedBy* wage_supplied_by(const std::string& specialty_slug, int wage_year) const;
    const SuppliedBy* projection_supplied_by(const std::string& specialty_slug) const;

    // BEA all-items regional price parity (US = 100) for a state or "US" and year; null
    // when the file has none.
    std::optional<double> price_level(const std::string& area, int year) const;
    // Why price_level is null ("the stats file has no BEA price level for PR in 2014");
    // "" when it exists.
    std::string price_level_reason(const std::string& area, int year) const;
    const Source* price_level_source() const;

    // By slug or SOC code, case-insensitive; nullptr when unknown.
    const Specialty* find_specialty(std::string_view slug_or_soc) const;
    // By slug ("median-wage"); nullptr when unknown.
    const Metric* find_metric(std::string_view slug) const;
    const Metric& metric(MetricId id) const;
    bool has_wage_year(int year) const;

    // Figures for a state (USPS code) or "US"; all-null for an area the file does not cover.
    // Throws std::out_of_range for an unknown specialty slug or wage year.
    Figures figures(const std::string& specialty_slug, const std::string& area, int wage_year) const;
    Figures us_figures(const std::string& specialty_slug, int wage_year) const {
        return figures(specialty_slug, "US", wage_year);
    }

    // ---- construction (used by the loader) ----
    struct Builder;

private:
    friend struct Builder;
    std::vector<Specialty> specialties_;
    std::vector<Metric> metrics_;
    std::vector<Source> sources_;
    std::vector<int> wage_years_;
    int default_wage_year_ = 0;
    std::string projection_round_, default_projection_round_;
    std::vector<std::string> projection_rounds_;
    // wages_[year][slug][area] and projections_[round][slug][area]; `why` holds the
    // reason of each null figure, in field order.
    struct WageCell {
        std::optional<double> median, mean, employment;
        std::array<std::string, 3> why{};
    };
    struct ProjectionCell {
        std::optional<double> growth_pct, openings;
        std::array<std::string, 2> why{};
    };
    std::map<int, std::map<std::string, std::map<std::string, WageCell>>> wages_;
    std::map<std::string, std::map<std::string, std::map<std::string, ProjectionCell>>> projections_;
    std::map<int, std::string> wage_source_ids_;
    std::map<std::string, std::string> round_source_ids_;
    std::map<std::pair<std::string, std::string>, SuppliedBy> supplied_by_;  // [edition, slug]
    std::map<int, std::map<std::string, double>> price_levels_;             // [year][area]
    std::string price_source_id_;
    const WageCell* wage_cell(const std::string& slug, const std::string& area, int wage_year) const;
    const ProjectionCell* projection_cell(const std::string& slug, const std::string& area) const;
    const Source* source(const std::string& id) const;
};

// Loads and validates a stats JSON file. Throws medmap::InputError naming the file and
// the place (line and column for syntax errors, a JSON path such as
// "wages.2014.emt.TX.median" for bad values) on any problem.
// With `on_dropped` (--lenient), a problem confined to the figures is handed to it
// instead and only that part is left out, as no data: a bad value (wrong type,
// negative, not plausible), an unknown field of an area, an unknown area code, an
// unknown or missing specialty under "wages" or "projections". Anything else (syntax,
// duplicate keys, the header, specialties, metrics, sources) still throws.
Dataset load_dataset(const std::filesystem::path& path, const DropHandler& on_dropped = {});
// The same from text already in memory; `name` is used in error messages.
Dataset parse_dataset(std::string_view json_text, const std::string& name, const DropHandler& on_dropped = {});

}  // namespace medmap::data
