#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/commands.hpp"
#include "app/export_flags.hpp"
#include "core/base/input_error.hpp"
#include "core/base/us_states.hpp"
#include "core/base/utf8_text.hpp"
#include "core/figure/ranking.hpp"
#include "core/figure/state_comparison.hpp"
#include "core/figure/state_report.hpp"

namespace medmap::app {

namespace {

// Whole numbers print as integers (31700, not 31700.0), as in the source files.
nlohmann::ordered_json number_or_null(const std::optional<double>& v) {
    if (!v) return nullptr;
    if (std::nearbyint(*v) == *v && std::fabs(*v) < 9e15) return static_cast<long long>(*v);
    return *v;
}

// The JSON field of each metric's figure; price_level has none (it is not a metric).
constexpr std::pair<std::string_view, data::MetricId> kFieldMetrics[] = {
    {"median_wage", data::MetricId::MedianWage},
    {"mean_wage", data::MetricId::MeanWage},
    {"employment", data::MetricId::Employment},
    {"growth_pct", data::MetricId::Growth},
    {"openings", data::MetricId::Openings},
    {"adjusted_median_wage", data::MetricId::AdjustedMedianWage},
    {"adjusted_mean_wage", data::MetricId::AdjustedMeanWage},
};

// The published figures, the BEA price level (as published) and the wages adjusted for it
// (derived, whole dollars).
nlohmann::ordered_json figures_json(const data::Figures& f) {
    return {{"median_wage", number_or_null(f.median_wage)},
            {"mean_wage", number_or_null(f.mean_wage)},
            {"employment", number_or_null(f.employment)},
            {"growth_pct", number_or_null(f.growth_pct)},
            {"openings", number_or_null(f.openings)},
            {"price_level", number_or_null(f.price_level)},
            {"adjusted_median_wage", number_or_null(f.adjusted_median_wage)},
            {"adjusted_mean_wage", number_or_null(f.adjusted_mean_wage)}};
}

// Each null field of figures_json, with the reason the stats file gives for it.
nlohmann::ordered_json no_data_json(const data::Dataset& ds, const std::string& specialty, const std::string& area,
                                    int year, const nlohmann::ordered_json& figures) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& [key, value] : figures.items()) {
        if (!value.is_null()) continue;
        if (key == "price_level") {
            out[key] = ds.price_level_reason(area, year);
            continue;
        }
        for (const auto& [field, metric] : kFieldMetrics)
            if (field == key) out[key] = ds.no_data_reason(specialty, area, year, metric);
    }
    return out;
}

// The web page's tooltip lines (the window's, with a no-data reason before the comparison),
// as the core's state report has them.
nlohmann::ordered_json tooltip_json(const figure::StateReport& report) {
    nlohmann::ordered_json lines = nlohmann::ordered_json::array();
    for (const auto& line : report.lines)
        lines.push_back({line.label, line.value, figure::comparison_with_reason(line), line.rank});
    return {{"heading", report.heading}, {"subheading", report.subheading}, {"lines", lines}};
}

// By metric slug: {"rank": r, "of": n}, or null when the state has no figure.
nlohmann::ordered_json ranks_json(const data::Dataset& ds, const std::string& specialty, const std::string& usps,
                                  int year) {
    const auto& areas = figure::ranked_areas();
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const data::Metric& metric : ds.metrics()) {
        const auto ranking = figure::rank_metric(ds, specialty, metric.id, year, areas);
        std::optional<figure::Rank> rank;
        for (std::size_t i = 0; i < areas.size(); ++i)
            if (areas[i] == usps) rank = ranking.at(i);
        out[metric.slug] = rank ? nlohmann::ordered_json{{"rank", rank->rank}, {"of", rank->of}} : nullptr;
    }
    return out;
}

// One state's part of `info --json`: its codes, figures and ranks.
nlohmann::ordered_json state_json(const data::Dataset& ds, const std::string& specialty, const UsState& state,
                                  int year) {
    const std::string usps(state.usps);
    nlohmann::ordered_json out{{"state", usps}, {"state_name", std::string(state.name)}};
    const nlohmann::ordered_json figures = figures_json(ds.figures(specialty, usps, year));
    for (const auto& [key, value] : figures.items()) out[key] = value;
    out["ranks"] = ranks_json(ds, specialty, usps, year);
    out["no_data"] = no_data_json(ds, specialty, usps, year, figures);
    return out;
}

UsState resolve_state(const std::string& flag, const std::string& key) {
    auto state = find_us_state(key);
    if (!state || state->territory)
        throw UsageError(flag + ": unknown state '" + key +
                         "' (expected a USPS code, FIPS code or name of the 50 states or DC)");
    return *state;
}

// The occupation behind the figures where its SOC 2018 code is not the specialty's own
// ("Wages: 29-2010 Clinical Laboratory Technologists and Technicians. SOC 2018 combines ..."):
// the figure's source line says it on the map, and info says it too.
void print_source_notes(const std::vector<std::string>& notes) {
    for (const auto& note : notes) std::cout << note << "\n";
}

void print_report(const figure::StateReport& report, const std::string& usps) {
    std::cout << report.heading << " (" << usps << ")\n" << report.subheading << "\n";
    std::size_t label_w = 24, comparison_w = 26;
    for (const auto& line : report.lines) {
        label_w = std::max(label_w, utf8_length(line.label) + 2);
        comparison_w = std::max(comparison_w, utf8_length(line.comparison) + 2);
    }
    // The rank, or for "no data" why there is none.
    for (const auto& line : report.lines)
        std::cout << "  " << pad_right(line.label, label_w) << pad_right(line.value, 12)
                  << pad_right(line.comparison, comparison_w) << (line.rank.empty() ? line.no_data_reason : line.rank)
                  << "\n";
    if (!report.note.empty()) std::cout << "Note: " << report.note << "\n";
    print_source_notes(report.source_notes);
}

void print_comparison(const figure::StateComparison& c) {
    std::size_t label_w = 24, first_w = utf8_length(c.first_head), second_w = utf8_length(c.second_head);
    for (const auto& line : c.lines) {
        label_w = std::max(label_w, utf8_length(line.label) + 2);
        first_w = std::max(first_w, utf8_length(line.first));
        second_w = std::max(second_w, utf8_length(line.second));
    }
    std::cout << c.heading << "\n" << c.subheading << "\n";
    std::cout << "  " << pad_right("", label_w) << pad_right(c.first_head, first_w + 3) << pad_right(c.second_head, second_w + 3)
              << pad_right(c.us_head, 15) << c.difference_head << "\n";
    for (const auto& line : c.lines)
        std::cout << "  " << pad_right(line.label, label_w) << pad_right(line.first, first_w + 3)
                  << pad_right(line.second, second_w + 3) << pad_right(line.us, 15) << line.difference << "\n";
    std::cout << c.rank_note << "\n";
    if (!c.note.empty()) std::cout << "Note: " << c.note << "\n";
}

}  // namespace

const data::Specialty& resolve_specialty(const data::Dataset& dataset, const std::string& key) {
    if (const data::Specialty* s = dataset.find_specialty(key)) return *s;
    std::string valid;
    for (const auto& s : dataset.specialties()) valid += (valid.empty() ? "" : ", ") + s.slug;
    throw UsageError("--specialty: unknown specialty '" + key + "' (expected a slug or SOC code: " + valid + ")");
}

int run_info(Session& session, const InfoOptions& options) {
    const data::Dataset& ds = session.dataset();
    const UsState state = resolve_state("--state", options.state);
    std::optional<UsState> other;
    if (options.compare) other = resolve_state("--compare", *options.compare);
    const data::Specialty& specialty = resolve_specialty(ds, options.specialty);
    const int year = resolve_year(ds, options.year);  // one line naming the years there are, if absent

    const std::string usps(state.usps);
    if (options.json) {
        nlohmann::ordered_json out{{"state", usps},
                                   {"state_name", std::string(state.name)},
                                   {"specialty", specialty.slug},
                                   {"soc", specialty.soc},
                                   {"wage_year", year}};
        const nlohmann::ordered_json this_state = state_json(ds, specialty.slug, state, year);
        for (const auto& [key, value] : this_state.items()) out[key] = value;
        // The US price level is 100 by definition, so the US adjusted wages are its wages.
        out["us"] = figures_json(ds.us_figures(specialty.slug, year));
        out["us"]["no_data"] = no_data_json(ds, specialty.slug, "US", year, out["us"]);
        const figure::StateReport report = figure::build_state_report(ds, specialty, std::string(state.name), usps, year);
        out["tooltip"] = tooltip_json(report);
        out["source_notes"] = report.source_notes;
        if (other) {
            nlohmann::ordered_json compare = state_json(ds, specialty.slug, *other, year);
            const data::Figures a = ds.figures(specialty.slug, usps, year);
            const data::Figures b = ds.figures(specialty.slug, std::string(other->usps), year);
            nlohmann::ordered_json difference = nlohmann::ordered_json::object();
            const nlohmann::ordered_json ours = figures_json(a), theirs_all = figures_json(b);
            for (const auto& [key, value] : ours.items()) {
                const auto& theirs = theirs_all[key];
                difference[key] = (value.is_null() || theirs.is_null())
                                      ? nlohmann::ordered_json(nullptr)
                                      : number_or_null(std::round((value.get<double>() - theirs.get<double>()) * 100) / 100);
            }
            compare["difference"] = difference;  // this state minus the compared one
            out["compare"] = compare;
        }
        std::cout << out.dump(2) << "\n";
        return 0;
    }
    if (other) {
        print_comparison(figure::build_state_comparison(ds, specialty, {std::string(state.name), usps},
                                                        {std::string(other->name), std::string(other->usps)}, year));
        print_source_notes(figure::build_state_report(ds, specialty, std::string(state.name), usps, year).source_notes);
        return 0;
    }
    print_report(figure::build_state_report(ds, specialty, std::string(state.name), usps, year), usps);
    return 0;
}

}  // namespace medmap::app
