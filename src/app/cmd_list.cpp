#include <iostream>
#include <nlohmann/json.hpp>

#include "app/commands.hpp"
#include "core/base/utf8_text.hpp"
#include "core/figure/number_format.hpp"
#include "core/figure/palette.hpp"

namespace medmap::app {

namespace {

// Wage metrics are for a May reference year; projections for a period.
std::string metric_year(const data::Dataset& ds, const data::Metric& m) {
    if (m.source == "projections") return ds.projection_period();
    return std::to_string(ds.default_wage_year());
}

}  // namespace

int run_list(Session& session, bool json) {
    const data::Dataset& ds = session.dataset();
    if (json) {
        nlohmann::ordered_json out;
        out["specialties"] = nlohmann::ordered_json::array();
        for (const auto& s : ds.specialties())
            out["specialties"].push_back({{"slug", s.slug}, {"soc", s.soc}, {"name", s.name}});
        out["metrics"] = nlohmann::ordered_json::array();
        for (const auto& m : ds.metrics())
            out["metrics"].push_back({{"id", m.slug}, {"name", m.name}, {"unit", m.unit},
                                      {"year", metric_year(ds, m)}, {"source", m.source}});
        out["wage_years"] = ds.wage_years();
        out["palettes"] = {{"sequential", figure::palette_names(figure::PaletteKind::Sequential)},
                           {"diverging", figure::palette_names(figure::PaletteKind::Diverging)}};
        std::cout << out.dump(2) << "\n";
        return 0;
    }
    std::cout << "Specialties:\n";
    for (const auto& s : ds.specialties())
        std::cout << "  " << pad_right(s.slug, 18) << pad_right(s.soc, 9) << s.name << "\n";
    std::cout << "\nMetrics:\n";
    for (const auto& m : ds.metrics())
        std::cout << "  " << pad_right(m.slug, 22) << pad_right(m.unit, 15)
                  << pad_right(figure::format_period(metric_year(ds, m)), 11) << m.name << "\n";
    std::cout << "\nWage years:";
    for (int y : ds.wage_years()) std::cout << " " << y << (y == ds.default_wage_year() ? " (default)" : "");
    std::cout << "\n";
    // For --palette: growth and --vs-us maps are diverging (BrBG by default).
    for (auto [kind, title] : {std::pair{figure::PaletteKind::Sequential, "Sequential palettes:"},
                               std::pair{figure::PaletteKind::Diverging, "Diverging palettes:"}}) {
        std::cout << "\n" << title;
        for (const auto& name : figure::palette_names(kind)) std::cout << " " << name;
        std::cout << "\n";
    }
    return 0;
}

}  // namespace medmap::app
