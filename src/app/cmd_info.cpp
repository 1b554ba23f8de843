#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/commands.hpp"
#include "core/base/input_error.hpp"
#include "core/base/us_states.hpp"
#include "core/base/utf8_text.hpp"
#include "core/figure/state_report.hpp"

namespace medmap::app {

namespace {

// Whole numbers print as integers (31700, not 31700.0), as in the source files.
nlohmann::ordered_json number_or_null(const std::optional<double>& v) {
    if (!v) return nullptr;
    if (std::nearbyint(*v) == *v && std::fabs(*v) < 9e15) return static_cast<long long>(*v);
    return *v;
}

nlohmann::ordered_json figures_json(const data::Figures& f) {
    return {{"median_wage", number_or_null(f.median_wage)}, {"mean_wage", number_or_null(f.mean_wage)},
            {"employment", number_or_null(f.employment)},   {"growth_pct", number_or_null(f.growth_pct)},
            {"openings", number_or_null(f.openings)}};
}

// The window's (and the web page's) tooltip lines, as the core's state report has them.
nlohmann::ordered_json tooltip_json(const figure::StateReport& report) {
    nlohmann::ordered_json lines = nlohmann::ordered_json::array();
    for (const auto& line : report.lines) lines.push_back({line.label, line.value, line.comparison});
    return {{"heading", report.heading}, {"subheading", report.subheading}, {"lines", lines}};
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
    auto state = find_us_state(options.state);
    if (!state || state->territory)
        throw UsageError("--state: unknown state '" + options.state +
                         "' (expected a USPS code, FIPS code or name of the 50 states or DC)");
    const data::Specialty& specialty = resolve_specialty(ds, options.specialty);
    const int year = options.year ? options.year : ds.default_wage_year();
    if (!ds.has_wage_year(year)) throw UsageError("--year: no wage data for " + std::to_string(year));

    const std::string usps(state->usps);
    if (options.json) {
        nlohmann::ordered_json out{{"state", usps},
                                   {"state_name", std::string(state->name)},
                                   {"specialty", specialty.slug},
                                   {"soc", specialty.soc},
                                   {"wage_year", year}};
        const auto state_figures = figures_json(ds.figures(specialty.slug, usps, year));
        for (const auto& [key, value] : state_figures.items()) out[key] = value;
        out["us"] = figures_json(ds.us_figures(specialty.slug, year));
        out["tooltip"] = tooltip_json(figure::build_state_report(ds, specialty, std::string(state->name), usps, year));
        std::cout << out.dump(2) << "\n";
        return 0;
    }
    const auto report = figure::build_state_report(ds, specialty, std::string(state->name), usps, year);
    std::cout << report.heading << " (" << usps << ")\n" << report.subheading << "\n";
    for (const auto& line : report.lines)
        std::cout << "  " << pad_right(line.label, 24) << pad_right(line.value, 12) << line.comparison << "\n";
    if (!report.note.empty()) std::cout << "Note: " << report.note << "\n";
    return 0;
}

}  // namespace medmap::app
