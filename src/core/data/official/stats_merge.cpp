#include "core/data/official/stats_merge.hpp"

#include <algorithm>

#include "core/base/us_states.hpp"
#include "core/data/no_data_reasons.hpp"
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

ordered_json record_json(const ImportRecord& r) {
    return {{"file", r.file}, {"sha256", r.sha256}, {"sheet", r.sheet}, {"edition", r.edition},
            {"rows_used", r.rows_used}, {"caveats", r.caveats}};
}

ordered_json source_json(const std::string& name, const std::string& citation, const std::string& short_citation,
                         const std::vector<ImportRecord>& records, std::vector<std::string> caveats) {
    ordered_json extracts = ordered_json::array(), imports = ordered_json::array();
    for (const ImportRecord& r : records) {
        extracts.push_back(r.file);
        imports.push_back(record_json(r));
    }
    return {{"name", name}, {"citation", citation}, {"short_citation", short_citation}, {"repository", ""},
            {"commit", ""}, {"files", ordered_json::array()}, {"extracts", extracts}, {"caveats", caveats},
            {"imports", imports}};
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

void drop_crosswalk(ordered_json& doc, const std::string& kind, const std::string& edition) {
    ordered_json kept = ordered_json::array();
    for (const auto& e : doc["crosswalk"])
        if (!(e["kind"] == kind && e["edition"] == edition)) kept.push_back(e);
    doc["crosswalk"] = kept;
}

void merge_wages(ordered_json& doc, const WageEdition& e) {
    const std::string year = std::to_string(e.year);
    const std::string source_id = "oews-" + year;
    std::vector<std::string> caveats;
    drop_crosswalk(doc, "wages", year);
    ordered_json by_specialty = ordered_json::object();
    for (const auto& spec : doc["specialties"]) {
        const std::string slug = spec["slug"], soc = spec["soc"];
        const auto code = supplying_code(e.rows, slug, soc);
        ordered_json areas = ordered_json::object();
        for (const std::string& area : area_codes()) {
            const WageFigures* row = nullptr;
            if (code)
                if (auto it = e.rows.at(code->first).find(area); it != e.rows.at(code->first).end()) row = &it->second;
            const std::string file = e.national_file.empty() ? e.state_file : e.national_file;
            areas[area] = wage_cell(row, code ? missing_wage_row(e, area) : reasons::no_occupation(file, soc));
        }
        by_specialty[slug] = areas;
        if (code && code->second) {
            crosswalk_entry(doc, "wages", year, slug, code->first, title_of(e.rows.at(code->first)), *code->second);
            caveats.push_back(std::string(spec["name"]) + ": " + std::string(code->second->note));
        }
    }
    if (e.state_file.empty()) caveats.push_back("National figures only: no BLS state file for May " + year + " was imported.");
    if (e.national_file.empty()) caveats.push_back("State figures only: no BLS national file for May " + year + " was imported.");
    doc["sources"][source_id] = source_json(
        "BLS Occupational Employment and Wage Statistics (OEWS), May " + year,
        "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May " + year +
            ", as downloaded from bls.gov/oes.",
        "U.S. Bureau of Labor Statistics, OEWS May {year}", e.records, caveats);

    const WageFigures* group = nullptr;
    if (auto it = e.rows.find(std::string(catalog::kAllHealthTechnicians.soc)); it != e.rows.end())
        if (auto us = it->second.find(std::string(stats_format::kNationalArea)); us != it->second.end()) group = &us->second;
    doc["us_all_health_technicians"]["years"][year] = wage_cell(group, missing_wage_row(e, "US"));

    std::vector<int> years = doc["wage_years"].get<std::vector<int>>();
    if (std::find(years.begin(), years.end(), e.year) == years.end()) years.push_back(e.year);
    std::sort(years.begin(), years.end());
    doc["wage_years"] = years;
    doc["editions"]["wages"][year] = source_id;
    doc["wages"][year] = by_specialty;
    // Keep every year-keyed object in ascending year order, so the bytes are stable.
    for (ordered_json* object : {&doc["wages"], &doc["editions"]["wages"], &doc["us_all_health_technicians"]["years"]}) {
        ordered_json sorted = ordered_json::object();
        for (int y : years) sorted[std::to_string(y)] = (*object)[std::to_string(y)];
        *object = sorted;
    }
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

void merge_round(ordered_json& doc, const RoundEdition& r) {
    const std::string source_id = "projections-" + r.round;
    std::vector<std::string> caveats;
    drop_crosswalk(doc, "projections", r.round);
    ordered_json by_specialty = ordered_json::object();
    for (const auto& spec : doc["specialties"]) {
        const std::string slug = spec["slug"], soc = spec["soc"];
        const auto code = supplying_code(r.rows, slug, soc);
        ordered_json areas = ordered_json::object();
        for (const std::string& area : area_codes()) {
            const ProjectionFigures* row = nullptr;
            if (code)
                if (auto it = r.rows.at(code->first).find(area); it != r.rows.at(code->first).end()) row = &it->second;
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
    doc["sources"][source_id] = source_json("Long-term occupational projections " + round_text + " (" + publishers + ")",
                                            publishers + ", long-term occupational projections " + round_text + ".",
                                            publishers + ", " + round_text, r.records, caveats);

    std::vector<std::string> rounds = doc["projection_rounds"].get<std::vector<std::string>>();
    if (std::find(rounds.begin(), rounds.end(), r.round) == rounds.end()) rounds.push_back(r.round);
    std::sort(rounds.begin(), rounds.end());
    doc["projection_rounds"] = rounds;
    doc["editions"]["projections"][r.round] = source_id;
    doc["projections"][r.round] = by_specialty;
    for (ordered_json* object : {&doc["projections"], &doc["editions"]["projections"]}) {
        ordered_json sorted = ordered_json::object();
        for (const std::string& round : rounds) sorted[round] = (*object)[round];
        *object = sorted;
    }
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

void upgrade_to_v2(ordered_json& doc) {
    if (doc.value("version", 0) != 1) return;
    doc["version"] = stats_format::kVersion;
    const std::string round = doc["projection_period"];
    doc["projection_rounds"] = ordered_json::array({round});
    std::string wage_source = "oes", projection_source = "projections";
    for (const auto& m : doc["metrics"]) {
        if (m["slug"] == "median-wage") wage_source = m["source"];
        if (m["slug"] == "growth") projection_source = m["source"];
    }
    ordered_json wages = ordered_json::object();
    for (const auto& y : doc["wage_years"]) wages[std::to_string(y.get<int>())] = wage_source;
    doc["editions"] = {{"wages", wages}, {"projections", {{round, projection_source}}}};
    doc["crosswalk"] = ordered_json::array();
    doc["projections"] = ordered_json{{round, doc["projections"]}};
    doc = in_layout_order(doc);
}

void merge_official(ordered_json& doc, const OfficialImport& imported) {
    for (const auto& [year, edition] : imported.wages) merge_wages(doc, edition);
    for (const auto& [name, round] : imported.rounds) merge_round(doc, round);
    if (imported.prices) merge_prices(doc, *imported.prices);
    doc = in_layout_order(doc);
}

}  // namespace medmap::data::official
