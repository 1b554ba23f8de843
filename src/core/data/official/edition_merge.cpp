#include "core/data/official/edition_merge.hpp"

#include <algorithm>
#include <filesystem>

#include "core/base/input_error.hpp"
#include "core/data/stats_format.hpp"

namespace medmap::data::official {

namespace {

using nlohmann::ordered_json;

constexpr const char* kReasons = "no_data";

std::string shown(const ordered_json& value, const ordered_json& cell, const std::string& field) {
    if (!value.is_null()) return value.dump();
    const auto why = cell.find(kReasons);
    if (why != cell.end() && why->contains(field)) return "no figure (" + (*why)[field].get<std::string>() + ")";
    return "no figure";
}

// Sets one field's reason, keeping the reasons in the order of the cell's fields.
void set_reason(ordered_json& cell, const std::string& field, const ordered_json* why) {
    ordered_json reasons = ordered_json::object();
    for (const auto& item : cell.items()) {
        if (item.key() == kReasons) continue;
        if (item.key() == field) {
            if (why) reasons[field] = *why;
        } else if (cell.contains(kReasons) && cell[kReasons].contains(item.key())) {
            reasons[item.key()] = cell[kReasons][item.key()];
        }
    }
    cell.erase(kReasons);
    if (!reasons.empty()) cell[kReasons] = reasons;
}

const ordered_json* reason_of(const ordered_json& cell, const std::string& field) {
    const auto why = cell.find(kReasons);
    return why != cell.end() && why->contains(field) ? &(*why)[field] : nullptr;
}

void add_unique(ordered_json& list, const ordered_json& items) {
    for (const auto& item : items)
        if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

ordered_json record_json(const ImportRecord& r) {
    return {{"file", r.file}, {"sha256", r.sha256}, {"sheet", r.sheet}, {"edition", r.edition},
            {"rows_used", r.rows_used}, {"caveats", r.caveats}};
}

}  // namespace

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

std::vector<std::string> merge_cells(ordered_json& base, const ImportedCells& imported, const std::string& base_name,
                                     const std::string& base_source) {
    std::vector<std::string> replaced;
    const std::string base_file = std::filesystem::path(base_name).filename().string();
    for (const auto& [slug, areas] : imported.cells.items())
        for (const auto& [area, fresh] : areas.items()) {
            ordered_json& cell = base[slug][area];
            if (!cell.is_object()) {  // the base has no such cell: the import's stands
                cell = fresh;
                continue;
            }
            const auto row = imported.rows.find({slug, area});
            const bool national = area == stats_format::kNationalArea;
            for (const auto& [field, value] : fresh.items()) {
                if (field == kReasons) continue;
                const ordered_json* fresh_why = reason_of(fresh, field);
                if (row != imported.rows.end()) {
                    // The import gives this cell: its figure (or its code and reason) stands,
                    // and a different figure of the base is named on its way out.
                    if (cell[field].is_number() && cell[field] != value)
                        replaced.push_back(imported.edition + " " + area + " " + slug + " " + field + ": " +
                                           row->second + " gives " + shown(value, fresh, field) + " and replaces " +
                                           cell[field].dump() + " of " + base_file + " (source " + base_source + ")");
                    cell[field] = value;
                    set_reason(cell, field, fresh_why);
                } else if (cell[field].is_null() && (national ? imported.national : imported.states)) {
                    // Not given, though the import covers this kind of area: a base reason that
                    // said no such file was imported is no longer true; any other stays.
                    const ordered_json* why = reason_of(cell, field);
                    const std::string& absent = national ? imported.national_absent : imported.states_absent;
                    if (!why || *why == absent) set_reason(cell, field, fresh_why);
                }
            }
        }
    return replaced;
}

bool has_figures(const ordered_json& cells, bool national) {
    for (const auto& [slug, areas] : cells.items())
        for (const auto& [area, cell] : areas.items())
            if ((area == stats_format::kNationalArea) == national)
                for (const auto& [field, value] : cell.items())
                    if (field != kReasons && value.is_number()) return true;
    return false;
}

ordered_json merged_source(const ordered_json& base, ordered_json imported, bool same_id,
                           const std::vector<std::string>& replaced) {
    ordered_json out = same_id ? base : imported;
    if (!same_id) {
        // The edition keeps figures of the base's source: its citation, repository and
        // files stay named, after the import's.
        out["citation"] = imported["citation"].get<std::string>() +
                          " Figures the imported files do not give are kept from: " + base["citation"].get<std::string>();
        if (base["short_citation"] != imported["short_citation"])
            out["short_citation"] =
                imported["short_citation"].get<std::string>() + "; " + base["short_citation"].get<std::string>();
        for (const char* key : {"repository", "commit", "files"}) out[key] = base[key];
        out["extracts"] = base["extracts"];
        out["imports"] = base.contains("imports") ? base["imports"] : ordered_json::array();
        out["caveats"] = ordered_json::array();
    }
    add_unique(out["extracts"], imported["extracts"]);
    if (!out.contains("imports")) out["imports"] = ordered_json::array();
    for (const auto& record : imported["imports"]) out["imports"].push_back(record);
    add_unique(out["caveats"], imported["caveats"]);
    for (const std::string& line : replaced) out["caveats"].push_back("Replaced: " + line + ".");
    if (!same_id) add_unique(out["caveats"], base["caveats"]);
    return out;
}

void replace_crosswalk(ordered_json& doc, const std::string& kind, const std::string& edition, const std::string& slug,
                       const std::string& soc, const std::string& code, const std::string& file) {
    std::string base_code;
    ordered_json kept = ordered_json::array();
    for (const auto& entry : doc["crosswalk"]) {
        if (entry["kind"] == kind && entry["edition"] == edition && entry["slug"] == slug)
            base_code = entry["soc"];
        else
            kept.push_back(entry);
    }
    const ordered_json& editions = doc[kind];
    if (base_code.empty() && editions.contains(edition) && editions[edition].contains(slug)) {
        ordered_json one = ordered_json::object();
        one[slug] = editions[edition][slug];
        if (has_figures(one, true) || has_figures(one, false)) base_code = soc;
    }
    if (!base_code.empty() && base_code != code)
        throw InputError(file, "", "gives " + slug + " " + edition + " from occupation " + code + ", but the base's " +
                                       edition + " figures for it come from " + base_code +
                                       ": one year or round cannot mix two occupations");
    doc["crosswalk"] = kept;
}

}  // namespace medmap::data::official
