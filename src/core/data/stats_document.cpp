#include "core/data/stats_document.hpp"

#include "core/base/us_states.hpp"
#include "core/data/stats_catalog.hpp"
#include "core/data/stats_format.hpp"
#include "core/data/stats_sources.hpp"

namespace medmap::data {

namespace {

using nlohmann::ordered_json;

ordered_json figure(const std::optional<StatNumber>& n) {
    if (!n) return nullptr;
    return std::visit([](auto v) { return ordered_json(v); }, *n);
}

ordered_json wage_cell(const WageRow* row) {
    const WageRow empty;
    const WageRow& r = row ? *row : empty;
    return ordered_json{{"median", figure(r.median)}, {"mean", figure(r.mean)}, {"employment", figure(r.employment)}};
}

ordered_json projection_cell(const ProjectionRow* row) {
    const ProjectionRow empty;
    const ProjectionRow& r = row ? *row : empty;
    return ordered_json{{"growth_pct", figure(r.growth_pct)}, {"openings", figure(r.openings)}};
}

const WageRow* find_row(const std::map<std::string, WageRow>& by_area_or_soc, const std::string& key) {
    const auto it = by_area_or_soc.find(key);
    return it == by_area_or_soc.end() ? nullptr : &it->second;
}

ordered_json description(const catalog::SpecialtyEntry& entry, const ImportedData& data) {
    return ordered_json{
        {"slug", entry.slug},
        {"soc", entry.soc},
        {"name", entry.name},
        {"bls_title", data.bls_titles.at(std::string(entry.soc))},
        {"article_name", entry.article_name},
        {"note", entry.note},
    };
}

const WageRow* national_row(const ImportedData& data, int year, std::string_view soc) {
    const auto y = data.national.find(year);
    return y == data.national.end() ? nullptr : find_row(y->second, std::string(soc));
}

const WageRow* state_row(const ImportedData& data, int year, std::string_view soc, std::string_view area) {
    const auto y = data.state.find(year);
    if (y == data.state.end()) return nullptr;
    const auto s = y->second.find(std::string(soc));
    return s == y->second.end() ? nullptr : find_row(s->second, std::string(area));
}

const ProjectionRow* projection_row(const ImportedData& data, std::string_view soc, const std::string& area) {
    const auto s = data.projections.find(std::string(soc));
    if (s == data.projections.end()) return nullptr;
    const auto a = s->second.find(area);
    return a == s->second.end() ? nullptr : &a->second;
}

// Every area is written, null where the source has nothing, so a reader of the file
// sees a gap as a gap rather than wondering whether the area was forgotten.
ordered_json wages_by_area(const ImportedData& data, int year, std::string_view soc) {
    ordered_json areas = ordered_json::object();
    areas[std::string(stats_format::kNationalArea)] = wage_cell(national_row(data, year, soc));
    for (const UsState& s : states_and_dc()) areas[std::string(s.usps)] = wage_cell(state_row(data, year, soc, s.usps));
    return areas;
}

ordered_json projections_by_area(const ImportedData& data, std::string_view soc) {
    ordered_json areas = ordered_json::object();
    const std::string us(stats_format::kNationalArea);
    areas[us] = projection_cell(projection_row(data, soc, us));
    for (const UsState& s : states_and_dc())
        areas[std::string(s.usps)] = projection_cell(projection_row(data, soc, std::string(s.usps)));
    return areas;
}

}  // namespace

ordered_json stats_document(const ImportedData& data) {
    ordered_json doc = ordered_json::object();
    doc["format"] = stats_format::kFormatName;
    doc["version"] = stats_format::kVersion;
    doc["generated_by"] = "medmap import";
    doc["default_wage_year"] = catalog::kDefaultWageYear;
    doc["wage_years"] = catalog::kWageYears;
    doc["projection_period"] = catalog::kProjectionPeriod;

    ordered_json& specialties = doc["specialties"] = ordered_json::array();
    for (const auto& entry : catalog::kSpecialties) specialties.push_back(description(entry, data));

    ordered_json& metrics = doc["metrics"] = ordered_json::array();
    for (const auto& m : catalog::kMetrics)
        metrics.push_back({{"slug", m.slug}, {"name", m.name}, {"unit", m.unit},
                           {"period", m.period}, {"source", m.source}, {"note", m.note}});

    doc["sources"] = {{"oes", oes_source(data)}, {"projections", projections_source(data)}};

    ordered_json group = description(catalog::kAllHealthTechnicians, data);
    ordered_json& group_years = group["years"] = ordered_json::object();
    for (int year : catalog::kWageYears)
        group_years[std::to_string(year)] = wage_cell(national_row(data, year, catalog::kAllHealthTechnicians.soc));
    doc["us_all_health_technicians"] = group;

    ordered_json& wages = doc["wages"] = ordered_json::object();
    for (int year : catalog::kWageYears) {
        ordered_json& by_specialty = wages[std::to_string(year)] = ordered_json::object();
        for (const auto& s : catalog::kSpecialties) by_specialty[std::string(s.slug)] = wages_by_area(data, year, s.soc);
    }

    ordered_json& projections = doc["projections"] = ordered_json::object();
    for (const auto& s : catalog::kSpecialties) projections[std::string(s.slug)] = projections_by_area(data, s.soc);
    return doc;
}

}  // namespace medmap::data
