#include "core/data/stats_cells_reader.hpp"

#include <algorithm>
#include <charconv>

#include "core/base/us_states.hpp"
#include "core/data/stats_format.hpp"

namespace medmap::data {

using nlohmann::json;

bool is_area_code(std::string_view code) {
    if (code == stats_format::kNationalArea) return true;
    const auto areas = states_and_dc();
    return std::any_of(areas.begin(), areas.end(), [&](const UsState& s) { return s.usps == code; });
}

void CellsReader::only_members_or_drop(const json& object, const std::string& path,
                                       std::initializer_list<std::string_view> allowed) const {
    for (const auto& [key, value] : object.items())
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
            read_or_drop([&, &key = key] { check_.fail(json_child_path(path, key), "unknown field \"" + key + "\""); });
}

int CellsReader::wage_year_key(const std::string& key, const std::string& path) const {
    int year = 0;
    const auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), year);
    if (ec != std::errc() || end != key.data() + key.size() ||
        std::find(wage_years_.begin(), wage_years_.end(), year) == wage_years_.end())
        check_.fail(path, "\"" + key + "\" is not one of wage_years");
    return year;
}

std::vector<std::pair<int, const json*>> CellsReader::members_by_wage_year(const json& object,
                                                                           const std::string& path) const {
    for (const auto& [key, v] : object.items()) wage_year_key(key, json_child_path(path, key));
    std::vector<std::pair<int, const json*>> out;
    for (int year : wage_years_) out.emplace_back(year, &check_.member(object, path, std::to_string(year)));
    return out;
}

std::vector<std::pair<std::string, const json*>> CellsReader::members_by_specialty(const json& object,
                                                                                   const std::string& path) const {
    for (const auto& [key, v] : object.items())
        if (!slugs_.contains(key))
            read_or_drop([&, &key = key] {
                check_.fail(json_child_path(path, key), "unknown specialty \"" + key + "\"");
            });
    std::vector<std::pair<std::string, const json*>> out;
    for (const std::string& slug : slugs_)
        read_or_drop([&] { out.emplace_back(slug, &check_.member(object, path, slug)); });
    return out;
}

std::optional<double> CellsReader::non_negative(const json& cell, const std::string& path, std::string_view key,
                                                const std::string& what) const {
    const json& raw = check_.member(cell, path, key);
    const auto v = check_.number_or_null(raw, json_child_path(path, key));
    if (v && *v < 0) check_.fail(json_child_path(path, key), "negative " + what + " " + raw.dump());
    return v;
}

std::optional<double> CellsReader::wage(const json& cell, const std::string& path, std::string_view key) const {
    const auto v = non_negative(cell, path, key, "wage");
    if (v && *v > stats_format::kMaxAnnualWage)
        check_.fail(json_child_path(path, key), "wage " + check_.member(cell, path, key).dump() +
                                                    " is above 1,000,000 USD, not a plausible annual wage");
    return v;
}

std::optional<double> CellsReader::count(const json& cell, const std::string& path, std::string_view key) const {
    return non_negative(cell, path, key, "count");
}

std::optional<double> CellsReader::growth(const json& cell, const std::string& path) const {
    const std::string growth_path = json_child_path(path, "growth_pct");
    const json& raw = check_.member(cell, path, "growth_pct");
    const auto growth = check_.number_or_null(raw, growth_path);
    if (growth && *growth < stats_format::kMinGrowthPct)
        check_.fail(growth_path, "growth " + raw.dump() + "% is below -100%");
    return growth;
}

void CellsReader::read_reasons(const json& cell, const std::string& path,
                               std::initializer_list<std::string_view> fields, std::string* why) const {
    if (!cell.contains("no_data")) return;
    read_or_drop([&] {
        const std::string reasons_path = json_child_path(path, "no_data");
        const json& reasons = check_.object(cell["no_data"], reasons_path);
        for (const auto& item : reasons.items()) {
            const std::string& field = item.key();
            const std::string field_path = json_child_path(reasons_path, field);
            const auto at = std::find(fields.begin(), fields.end(), field);
            if (at == fields.end()) check_.fail(field_path, "\"" + field + "\" is not a figure of this cell");
            if (!cell.contains(field) || !cell[field].is_null())
                check_.fail(field_path, "a reason for a figure that is not null");
            why[at - fields.begin()] = check_.string(item.value(), field_path);
            if (why[at - fields.begin()].empty()) check_.fail(field_path, "must not be empty");
        }
    });
}

Dataset::Builder::WageFigures CellsReader::read_wage_cell(const json& v, const std::string& path) const {
    check_.object(v, path);
    if (version_ == 1) only_members_or_drop(v, path, {"median", "mean", "employment"});
    else only_members_or_drop(v, path, {"median", "mean", "employment", "no_data"});
    Dataset::Builder::WageFigures f{value_or_drop([&] { return wage(v, path, "median"); }),
                                    value_or_drop([&] { return wage(v, path, "mean"); }),
                                    value_or_drop([&] { return count(v, path, "employment"); })};
    read_reasons(v, path, {"median", "mean", "employment"}, f.why.data());
    return f;
}

Dataset::Builder::ProjectionFigures CellsReader::read_projection_cell(const json& v, const std::string& path) const {
    check_.object(v, path);
    if (version_ == 1) only_members_or_drop(v, path, {"growth_pct", "openings"});
    else only_members_or_drop(v, path, {"growth_pct", "openings", "no_data"});
    Dataset::Builder::ProjectionFigures f{value_or_drop([&] { return growth(v, path); }),
                                          value_or_drop([&] { return count(v, path, "openings"); })};
    read_reasons(v, path, {"growth_pct", "openings"}, f.why.data());
    return f;
}

}  // namespace medmap::data
