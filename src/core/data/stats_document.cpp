#include "core/data/stats_document.hpp"

#include <array>
#include <tuple>

#include "core/base/us_states.hpp"
#include "core/data/no_data_reasons.hpp"
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

// Where a null figure of a cell came from: the cell's file and the reason if the row
// exists, or the reason the row is missing.
struct CellOrigin {
    const std::map<std::string, std::string>* cell_reasons = nullptr;  // column -> reason, when the row exists
    std::string missing_row_reason;                                      // when it does not
};

// Adds "no_data": {field: reason} for each null field of `cell`.
void add_reasons(ordered_json& cell, const std::vector<std::pair<std::string, std::string>>& fields_and_columns,
                 const CellOrigin& origin) {
    ordered_json reasons = ordered_json::object();
    for (const auto& [field, column] : fields_and_columns) {
        if (!cell[field].is_null()) continue;
        std::string why = origin.missing_row_reason;
        if (origin.cell_reasons)
            if (auto it = origin.cell_reasons->find(column); it != origin.cell_reasons->end()) why = it->second;
        reasons[field] = why;
    }
    if (!reasons.empty()) cell["no_data"] = reasons;
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

// The reason of each null source cell, by [file][year][soc][area][column].
using ReasonIndex = std::map<std::tuple<std::string, int, std::string, std::string>, std::map<std::string, std::string>>;

ReasonIndex index_reasons(const ImportedData& data) {
    ReasonIndex index;
    for (const NullCell& c : data.null_cells) {
        std::string why = reasons::for_cell(c.kind, c.file);
        // The extract's blank 2012 and 2013 state employment is a loss upstream, not a gap BLS left.
        if (c.file == data.state_file.name && c.kind == BlsCell::Kind::Blank && c.column == "tot_emp" &&
            (c.year == 2012 || c.year == 2013))
            why = reasons::state_employment_lost(c.year);
        index[{c.file, c.year, c.soc, c.area}][c.column] = why;
    }
    return index;
}

const std::map<std::string, std::string>* reasons_of(const ReasonIndex& index, const std::string& file, int year,
                                                     std::string_view soc, std::string_view area) {
    const auto it = index.find({file, year, std::string(soc), std::string(area)});
    static const std::map<std::string, std::string> none;
    return it == index.end() ? &none : &it->second;
}

std::string area_name(std::string_view area) {
    if (area == stats_format::kNationalArea) return "United States";
    const auto state = find_us_state(area);
    return state ? std::string(state->name) : std::string(area);
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

const std::vector<std::pair<std::string, std::string>> kStateWageColumns{
    {"median", "a_median"}, {"mean", "a_mean"}, {"employment", "tot_emp"}};
const std::vector<std::pair<std::string, std::string>> kNationalWageColumns{
    {"median", "A_MEDIAN"}, {"mean", "A_MEAN"}, {"employment", "TOT_EMP"}};
const std::vector<std::pair<std::string, std::string>> kProjectionColumns{
    {"growth_pct", "PercentChange"}, {"openings", "AverageAnnualOpenings"}};

ordered_json national_wage_cell(const ImportedData& data, const ReasonIndex& index, int year, std::string_view soc) {
    const WageRow* row = national_row(data, year, soc);
    ordered_json cell = wage_cell(row);
    const std::string& file = data.national_file.name;
    add_reasons(cell, kNationalWageColumns,
                {row ? reasons_of(index, file, year, soc, stats_format::kNationalArea) : nullptr,
                 reasons::no_wage_row(file, "United States", year)});
    return cell;
}

// Every area is written, null where the source has nothing, so a reader of the file
// sees a gap as a gap rather than wondering whether the area was forgotten.
ordered_json wages_by_area(const ImportedData& data, const ReasonIndex& index, int year, std::string_view soc) {
    ordered_json areas = ordered_json::object();
    areas[std::string(stats_format::kNationalArea)] = national_wage_cell(data, index, year, soc);
    const std::string& file = data.state_file.name;
    for (const UsState& s : states_and_dc()) {
        const WageRow* row = state_row(data, year, soc, s.usps);
        ordered_json cell = wage_cell(row);
        add_reasons(cell, kStateWageColumns,
                    {row ? reasons_of(index, file, year, soc, s.usps) : nullptr,
                     reasons::no_wage_row(file, s.name, year)});
        areas[std::string(s.usps)] = cell;
    }
    return areas;
}

bool has_any_projection_row(const ImportedData& data, const std::string& area) {
    for (const auto& [soc, by_area] : data.projections)
        if (by_area.contains(area)) return true;
    return false;
}

ordered_json projections_by_area(const ImportedData& data, const ReasonIndex& index, std::string_view soc) {
    ordered_json areas = ordered_json::object();
    const std::string us(stats_format::kNationalArea);
    std::vector<std::string> codes{us};
    for (const UsState& s : states_and_dc()) codes.emplace_back(s.usps);
    for (const std::string& area : codes) {
        const ProjectionRow* row = projection_row(data, soc, area);
        ordered_json cell = projection_cell(row);
        const std::string name = area_name(area);
        add_reasons(cell, kProjectionColumns,
                    {row ? reasons_of(index, data.projections_file.name, 0, soc, area) : nullptr,
                     has_any_projection_row(data, area) ? reasons::no_projection_row(name)
                                                        : reasons::no_projection_area(name)});
        areas[area] = cell;
    }
    return areas;
}

}  // namespace

ordered_json stats_document(const ImportedData& data) {
    const ReasonIndex index = index_reasons(data);
    const std::string round(catalog::kProjectionPeriod);
    ordered_json doc = ordered_json::object();
    doc["format"] = stats_format::kFormatName;
    doc["version"] = stats_format::kVersion;
    doc["generated_by"] = "medmap import";
    doc["default_wage_year"] = catalog::kDefaultWageYear;
    doc["wage_years"] = catalog::kWageYears;
    doc["projection_period"] = round;
    doc["projection_rounds"] = ordered_json::array({round});

    ordered_json& specialties = doc["specialties"] = ordered_json::array();
    for (const auto& entry : catalog::kSpecialties) specialties.push_back(description(entry, data));

    ordered_json& metrics = doc["metrics"] = ordered_json::array();
    for (const auto& m : catalog::kMetrics)
        metrics.push_back({{"slug", m.slug}, {"name", m.name}, {"unit", m.unit},
                           {"period", m.period}, {"source", m.source}, {"note", m.note}});

    doc["sources"] = {{"oes", oes_source(data)}, {"projections", projections_source(data)}};
    ordered_json wage_editions = ordered_json::object();
    for (int year : catalog::kWageYears) wage_editions[std::to_string(year)] = "oes";
    doc["editions"] = {{"wages", wage_editions}, {"projections", {{round, "projections"}}}};
    doc["crosswalk"] = ordered_json::array();

    ordered_json group = description(catalog::kAllHealthTechnicians, data);
    ordered_json& group_years = group["years"] = ordered_json::object();
    for (int year : catalog::kWageYears)
        group_years[std::to_string(year)] = national_wage_cell(data, index, year, catalog::kAllHealthTechnicians.soc);
    doc["us_all_health_technicians"] = group;

    ordered_json& wages = doc["wages"] = ordered_json::object();
    for (int year : catalog::kWageYears) {
        ordered_json& by_specialty = wages[std::to_string(year)] = ordered_json::object();
        for (const auto& s : catalog::kSpecialties)
            by_specialty[std::string(s.slug)] = wages_by_area(data, index, year, s.soc);
    }

    ordered_json& projections = doc["projections"][round] = ordered_json::object();
    for (const auto& s : catalog::kSpecialties)
        projections[std::string(s.slug)] = projections_by_area(data, index, s.soc);
    return doc;
}

ordered_json in_layout_order(const ordered_json& doc) {
    static constexpr std::array<std::string_view, 16> kOrder{
        "format", "version", "generated_by", "default_wage_year", "wage_years", "projection_period",
        "projection_rounds", "specialties", "metrics", "sources", "editions", "crosswalk", "price_levels",
        "us_all_health_technicians", "wages", "projections"};
    ordered_json out = ordered_json::object();
    for (std::string_view key : kOrder)
        if (doc.contains(key)) out[std::string(key)] = doc[std::string(key)];
    return out;
}

}  // namespace medmap::data
