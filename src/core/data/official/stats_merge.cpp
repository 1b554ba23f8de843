#include "core/data/official/stats_merge.hpp"

#include <algorithm>
#include <type_traits>

#include "core/base/us_states.hpp"
#include "core/data/no_data_reasons.hpp"
#include "core/data/official/edition_merge.hpp"
#include "core/data/stats_catalog.hpp"
#include "core/data/stats_document.hpp"
#include "core/data/stats_format.hpp"

namespace medmap::data::official {

namespace {

using nlohmann::ordered_json;

std::vector<std::string> area_codes() {
    std::vector<std::string> codes{std::string(stats_format::kNationalArea)};
    for (const UsState& s : states_and_dc()) codes.emplace_back(s.usps);
    return codes;
}

std::string area_name(const std::string& area) {
    if (area == stats_format::kNationalArea) return "United States";
    return std::string(find_us_state(area)->name);
}

ordered_json number(const Figure& f) {
    if (!f.value) return nullptr;
    return std::visit([](auto v) { return ordered_json(v); }, *f.value);
}

// The code that supplies a specialty in an edition: its own, else the first crosswalk
// entry the edition has (catalog::kCrosswalk).
template <typename Rows>
std::optional<std::pair<std::string, const catalog::CrosswalkEntry*>> supplying_code(const Rows& rows,
                                                                                     const std::string& slug,
                                                                                     const std::string& soc) {
    if (rows.contains(soc)) return std::pair(soc, nullptr);
    for (const auto& entry : catalog::kCrosswalk)
        if (entry.slug == slug && rows.contains(std::string(entry.soc)))
            return std::pair(std::string(entry.soc), &entry);
    return std::nullopt;
}

template <typename Row>
std::string title_of(const std::map<std::string, Row>& by_area) {
    for (const auto& [area, row] : by_area)
        if (!row.title.empty()) return row.title;
    return "";
}

void add_cell_reasons(ordered_json& cell, const std::vector<std::pair<const char*, const Figure*>>& fields,
                      const std::string& missing_row) {
    ordered_json reasons = ordered_json::object();
    for (const auto& [field, figure] : fields)
        if (cell[field].is_null()) reasons[field] = figure ? figure->why : missing_row;
    if (!reasons.empty()) cell["no_data"] = reasons;
}

ordered_json wage_cell(const WageFigures* row, const std::string& missing_row) {
    ordered_json cell{{"median", row ? number(row->median) : nullptr},
                      {"mean", row ? number(row->mean) : nullptr},
                      {"employment", row ? number(row->employment) : nullptr}};
    add_cell_reasons(cell, {{"median", row ? &row->median : nullptr}, {"mean", row ? &row->mean : nullptr},
                            {"employment", row ? &row->employment : nullptr}},
                     missing_row);
    return cell;
}

std::string missing_wage_row(const WageEdition& e, const std::string& area) {
    const bool national = area == stats_format::kNationalArea;
    const std::string& file = national ? e.national_file : e.state_file;
    if (file.empty()) return national ? reasons::no_national_file(e.year) : reasons::no_state_file(e.year);
    return reasons::no_wage_row(file, area_name(area), e.year);
}

void crosswalk_entry(ordered_json& doc, const char* kind, const std::string& edition, const std::string& slug,
                     const std::string& soc, const std::string& title, const catalog::CrosswalkEntry& entry) {
    doc["crosswalk"].push_back({{"kind", kind}, {"edition", edition}, {"slug", slug}, {"soc", soc},
                                {"title", title}, {"note", entry.note}});
}

std::string national_only(const std::string& year) {
    return "National figures only: no BLS state file for May " + year + " was imported.";
}
std::string states_only(const std::string& year) {
    return "State figures only: no BLS national file for May " + year + " was imported.";
}

// Keeps every edition-keyed object of `keys` in ascending order, so the bytes are stable.
template <typename Key>
void sort_editions(const std::vector<ordered_json*>& objects, const std::vector<Key>& keys) {
    for (ordered_json* object : objects) {
        ordered_json sorted = ordered_json::object();
        for (const Key& key : keys) {
            std::string name;
            if constexpr (std::is_same_v<Key, int>) name = std::to_string(key);
            else name = key;
            sorted[name] = (*object)[name];
        }
        *object = sorted;
    }
}

std::vector<std::string> merge_wages(ordered_json& doc, const WageEdition& e, const std::string& base_name) {
    const std::string year = std::to_string(e.year);
    const std::string source_id = "oews-" + year;
    const bool base_has_year = doc["wages"].contains(year);
    std::vector<std::string> caveats;
    ordered_json by_specialty = ordered_json::object();
    std::map<std::pair<std::string, std::string>, std::string> rows;
    const std::string any_file = e.national_file.empty() ? e.state_file : e.national_file;
    for (const auto& spec : doc["specialties"]) {
        const std::string slug = spec["slug"], soc = spec["soc"];
        const auto code = supplying_code(e.rows, slug, soc);
        if (code) replace_crosswalk(doc, "wages", year, slug, soc, code->first, any_file);
        ordered_json areas = ordered_json::object();
        for (const std::string& area : area_codes()) {
            const WageFigures* row = nullptr;
            if (code)
                if (auto it = e.rows.at(code->first).find(area); it != e.rows.at(code->first).end()) row = &it->second;
            if (row) rows[{slug, area}] = row->file;
            areas[area] = wage_cell(row, code ? missing_wage_row(e, area) : reasons::no_occupation(any_file, soc));
        }
        by_specialty[slug] = areas;
        if (code && code->second) {
            crosswalk_entry(doc, "wages", year, slug, code->first, title_of(e.rows.at(code->first)), *code->second);
            caveats.push_back(std::string(spec["name"]) + ": " + std::string(code->second->note));
        }
    }
    ordered_json source = source_json(
        "BLS Occupational Employment and Wage Statistics (OEWS), May " + year,
        "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May " + year +
            ", as downloaded from bls.gov/oes.",
        "U.S. Bureau of Labor Statistics, OEWS May {year}", e.records, caveats);

    const std::string group_slug(catalog::kAllHealthTechnicians.slug);
    const WageFigures* group = nullptr;
    if (auto it = e.rows.find(std::string(catalog::kAllHealthTechnicians.soc)); it != e.rows.end())
        if (auto us = it->second.find(std::string(stats_format::kNationalArea)); us != it->second.end()) group = &us->second;
    ordered_json group_cells{{group_slug, {{"US", wage_cell(group, missing_wage_row(e, "US"))}}}};

    std::vector<std::string> replaced;
    if (!base_has_year) {
        doc["wages"][year] = by_specialty;
        doc["us_all_health_technicians"]["years"][year] = group_cells[group_slug]["US"];
    } else {
        // The base has this year: the import fills and replaces only the cells it gives.
        const std::string base_source = doc["editions"]["wages"][year];
        ImportedCells cells{by_specialty, rows, !e.national_file.empty(), !e.state_file.empty(),
                            reasons::no_national_file(e.year), reasons::no_state_file(e.year), "May " + year};
        replaced = merge_cells(doc["wages"][year], cells, base_name, base_source);
        ordered_json base_group{{group_slug, {{"US", doc["us_all_health_technicians"]["years"][year]}}}};
        ImportedCells group_import{group_cells, {}, cells.national, false, cells.national_absent, "", cells.edition};
        if (group) group_import.rows[{group_slug, "US"}] = group->file;
        for (std::string& line : merge_cells(base_group, group_import, base_name, base_source))
            replaced.push_back(std::move(line));
        doc["us_all_health_technicians"]["years"][year] = base_group[group_slug]["US"];
        source = merged_source(doc["sources"][base_source], source, base_source == source_id, replaced);
    }
    // Which kinds of area the year now has figures for, said once.
    const bool national = !e.national_file.empty() || has_figures(doc["wages"][year], true);
    const bool states = !e.state_file.empty() || has_figures(doc["wages"][year], false);
    ordered_json kept = ordered_json::array();
    for (const auto& caveat : source["caveats"])
        if (caveat != national_only(year) && caveat != states_only(year)) kept.push_back(caveat);
    if (!states) kept.push_back(national_only(year));
    if (!national) kept.push_back(states_only(year));
    source["caveats"] = kept;
    doc["sources"][source_id] = source;

    std::vector<int> years = doc["wage_years"].get<std::vector<int>>();
    if (std::find(years.begin(), years.end(), e.year) == years.end()) years.push_back(e.year);
    std::sort(years.begin(), years.end());
    doc["wage_years"] = years;
    doc["editions"]["wages"][year] = source_id;
    sort_editions({&doc["wages"], &doc["editions"]["wages"], &doc["us_all_health_technicians"]["years"]}, years);
    return replaced;
}

bool round_has_area(const RoundEdition& r, const std::string& area) {
    return std::any_of(r.rows.begin(), r.rows.end(), [&](const auto& by_soc) { return by_soc.second.contains(area); });
}

std::string missing_projection_row(const RoundEdition& r, const std::string& area) {
    if (area == stats_format::kNationalArea)
        return r.national_file.empty() ? reasons::no_national_projection(r.round)
                                       : r.national_file + " has no national row for this occupation";
    if (r.state_file.empty()) return reasons::national_only_round(r.round);
    return round_has_area(r, area) ? reasons::no_projection_row(area_name(area))
                                   : reasons::no_projection_area(area_name(area));
}

std::vector<std::string> merge_round(ordered_json& doc, const RoundEdition& r, const std::string& base_name) {
    const std::string source_id = "projections-" + r.round;
    const bool base_has_round = doc["projections"].contains(r.round);
    std::vector<std::string> caveats;
    ordered_json by_specialty = ordered_json::object();
    std::map<std::pair<std::string, std::string>, std::string> rows;
    for (const auto& spec : doc["specialties"]) {
        const std::string slug = spec["slug"], soc = spec["soc"];
        const auto code = supplying_code(r.rows, slug, soc);
        if (code) replace_crosswalk(doc, "projections", r.round, slug, soc, code->first, r.records.front().file);
        ordered_json areas = ordered_json::object();
        for (const std::string& area : area_codes()) {
            const ProjectionFigures* row = nullptr;
            if (code)
                if (auto it = r.rows.at(code->first).find(area); it != r.rows.at(code->first).end()) row = &it->second;
            if (row) rows[{slug, area}] = row->file;
            ordered_json cell{{"growth_pct", row ? number(row->growth_pct) : nullptr},
                              {"openings", row ? number(row->openings) : nullptr}};
            add_cell_reasons(cell, {{"growth_pct", row ? &row->growth_pct : nullptr},
                                    {"openings", row ? &row->openings : nullptr}},
                             code ? missing_projection_row(r, area)
                                  : reasons::no_occupation(r.records.front().file, soc));
            areas[area] = cell;
        }
        by_specialty[slug] = areas;
        if (code && code->second) {
            crosswalk_entry(doc, "projections", r.round, slug, code->first, title_of(r.rows.at(code->first)),
                            *code->second);
            caveats.push_back(std::string(spec["name"]) + ": " + std::string(code->second->note));
        }
    }
    std::string round_text = r.round;
    round_text.replace(4, 1, "\u2013");
    std::string publishers;
    for (const std::string& p : r.publishers)
        if (publishers.find(p) == std::string::npos) publishers += (publishers.empty() ? "" : " and ") + p;
    ordered_json source = source_json("Long-term occupational projections " + round_text + " (" + publishers + ")",
                                      publishers + ", long-term occupational projections " + round_text + ".",
                                      publishers + ", " + round_text, r.records, caveats);
    std::vector<std::string> replaced;
    if (!base_has_round) {
        doc["projections"][r.round] = by_specialty;
    } else {
        // The base has this round: the import fills and replaces only the cells it gives.
        const std::string base_source = doc["editions"]["projections"][r.round];
        ImportedCells cells{by_specialty, rows, !r.national_file.empty(), !r.state_file.empty(),
                            reasons::no_national_projection(r.round), reasons::national_only_round(r.round), r.round};
        replaced = merge_cells(doc["projections"][r.round], cells, base_name, base_source);
        source = merged_source(doc["sources"][base_source], source, base_source == source_id, replaced);
    }
    doc["sources"][source_id] = source;

    std::vector<std::string> rounds = doc["projection_rounds"].get<std::vector<std::string>>();
    if (std::find(rounds.begin(), rounds.end(), r.round) == rounds.end()) rounds.push_back(r.round);
    std::sort(rounds.begin(), rounds.end());
    doc["projection_rounds"] = rounds;
    doc["editions"]["projections"][r.round] = source_id;
    sort_editions({&doc["projections"], &doc["editions"]["projections"]}, rounds);
    return replaced;
}

void merge_prices(ordered_json& doc, const PriceLevels& prices) {
    const std::string source_id = "bea-rpp";
    ordered_json years = ordered_json::object();
    for (const auto& [year, by_area] : prices.levels) {
        ordered_json areas = ordered_json::object();
        for (const std::string& area : area_codes())
            if (auto it = by_area.find(area); it != by_area.end()) areas[area] = it->second;
        years[std::to_string(year)] = areas;
    }
    doc["price_levels"] = {{"source", source_id}, {"years", years}};
    doc["sources"][source_id] = source_json(
        "BEA Regional Price Parities by state (SARPP), all items",
        "U.S. Bureau of Economic Analysis, SARPP: Real personal income, real PCE, and regional price parities by "
        "state; line \"RPPs: All items\".",
        "BEA Regional Price Parities", {prices.record},
        {"A wage adjusted for local prices (BEA RPP, US = 100) is derived: the wage x 100 / the all-items price "
         "level of the same state and year. It is computed when the file is loaded, never stored."});
}

}  // namespace

std::vector<std::string> merge_official(ordered_json& doc, const OfficialImport& imported, const std::string& base_name) {
    std::vector<std::string> replaced;
    for (const auto& [year, edition] : imported.wages)
        for (std::string& line : merge_wages(doc, edition, base_name)) replaced.push_back(std::move(line));
    for (const auto& [name, round] : imported.rounds)
        for (std::string& line : merge_round(doc, round, base_name)) replaced.push_back(std::move(line));
    if (imported.prices) merge_prices(doc, *imported.prices);
    doc = in_layout_order(doc);
    return replaced;
}

}  // namespace medmap::data::official
