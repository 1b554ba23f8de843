#include "core/data/import_caveats.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "core/base/us_states.hpp"
#include "core/data/stats_catalog.hpp"
#include "core/data/stats_format.hpp"

namespace medmap::data {

namespace {

// Long lists are cut so a caveat stays readable; the figures themselves are in the file.
constexpr std::size_t kMaxListed = 20;

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    const std::size_t shown = std::min(items.size(), kMaxListed);
    for (std::size_t i = 0; i < shown; ++i) {
        if (i > 0) out += separator;
        out += items[i];
    }
    if (items.size() > shown) out += std::string(separator) + "and " + std::to_string(items.size() - shown) + " more";
    return out;
}

// "Michigan (MI) and West Virginia (WV)"
std::string joined_in_prose(const std::vector<std::string>& items) {
    if (items.size() <= 1) return items.empty() ? "" : items.front();
    if (items.size() > kMaxListed) return joined(items, ", ");
    std::string out;
    for (std::size_t i = 0; i + 1 < items.size(); ++i) out += (i > 0 ? ", " : "") + items[i];
    return out + " and " + items.back();
}

std::string cells(std::size_t n) { return std::to_string(n) + (n == 1 ? " cell" : " cells"); }
std::string is_are(std::size_t n) { return n == 1 ? "is" : "are"; }
std::string cells_hold(std::size_t n) { return cells(n) + (n == 1 ? " holds" : " hold"); }

std::string cell_label(const NullCell& c) {
    std::string label;
    if (c.year != 0) label = "May " + std::to_string(c.year) + " ";
    return label + c.soc + " " + c.area + " " + c.column;
}

std::vector<std::string> areas_with_us() {
    std::vector<std::string> areas{std::string(stats_format::kNationalArea)};
    for (const UsState& s : states_and_dc()) areas.emplace_back(s.usps);
    return areas;
}

std::string area_name(const std::string& area) {
    if (area == stats_format::kNationalArea) return "the United States (US)";
    const auto state = find_us_state(area);
    return std::string(state ? state->name : area) + " (" + area + ")";
}

std::set<std::string> specialty_socs() {
    std::set<std::string> socs;
    for (const auto& s : catalog::kSpecialties) socs.emplace(s.soc);
    return socs;
}

// Blank cells are many (every 2012/2013 state employment cell), so a column that is blank
// in every row of a year is said once instead of cell by cell.
std::vector<std::string> blank_cell_items(const std::vector<const NullCell*>& blanks, const FileNotes& file) {
    std::map<std::pair<int, std::string>, std::vector<const NullCell*>> by_year_column;
    for (const NullCell* c : blanks) by_year_column[{c->year, c->column}].push_back(c);
    std::vector<std::string> items;
    for (const auto& [key, group] : by_year_column) {
        const auto& [year, column] = key;
        const auto rows = file.used_rows.find(year);
        if (year != 0 && rows != file.used_rows.end() && static_cast<std::size_t>(rows->second) == group.size()) {
            items.push_back(column + " of every May " + std::to_string(year) + " row (" + cells(group.size()) + ")");
            continue;
        }
        for (const NullCell* c : group) items.push_back(cell_label(*c));
    }
    return items;
}

}  // namespace

std::vector<std::string> null_cell_caveats(const ImportedData& data, const FileNotes& file) {
    std::vector<const NullCell*> not_published, top_coded, blank;
    for (const NullCell& c : data.null_cells) {
        if (c.file != file.name) continue;
        if (c.kind == BlsCell::Kind::NotPublished) not_published.push_back(&c);
        if (c.kind == BlsCell::Kind::TopCoded) top_coded.push_back(&c);
        if (c.kind == BlsCell::Kind::Blank) blank.push_back(&c);
    }
    auto labels = [](const std::vector<const NullCell*>& list) {
        std::vector<std::string> out;
        for (const NullCell* c : list) out.push_back(cell_label(*c));
        return out;
    };

    std::vector<std::string> caveats;
    if (not_published.empty() && top_coded.empty())
        caveats.push_back(file.name + ": no cell holds the BLS code '*' or '#'.");
    if (!not_published.empty())
        caveats.push_back(file.name + ": " + cells_hold(not_published.size()) +
                          " the BLS code '*' (estimate not published) and " + is_are(not_published.size()) +
                          " null: " + joined(labels(not_published), "; ") + ".");
    if (!top_coded.empty())
        caveats.push_back(file.name + ": " + cells_hold(top_coded.size()) +
                          " the BLS code '#' (a wage of $187,200 or more) and " + is_are(top_coded.size()) +
                          " null, not 187200: " + joined(labels(top_coded), "; ") + ".");
    if (!blank.empty())
        caveats.push_back(file.name + ": " + std::to_string(blank.size()) + " blank " +
                          (blank.size() == 1 ? "cell is" : "cells are") +
                          " null: " + joined(blank_cell_items(blank, file), "; ") + ".");
    return caveats;
}

std::vector<std::string> missing_oes_row_caveats(const ImportedData& data) {
    const std::vector<std::string> states = [] {
        std::vector<std::string> codes;
        for (const UsState& s : states_and_dc()) codes.emplace_back(s.usps);
        return codes;
    }();

    std::vector<std::string> state_items;
    for (int year : catalog::kWageYears) {
        for (const std::string& soc : specialty_socs()) {
            std::vector<std::string> missing;
            for (const std::string& area : states) {
                const auto y = data.state.find(year);
                const bool present = y != data.state.end() && y->second.contains(soc) && y->second.at(soc).contains(area);
                if (!present) missing.push_back(area);
            }
            if (missing.size() == states.size())
                state_items.push_back("May " + std::to_string(year) + " " + soc + " every state");
            else if (!missing.empty())
                state_items.push_back("May " + std::to_string(year) + " " + soc + " " + joined(missing, ", "));
        }
    }

    std::vector<std::string> national_items;
    std::set<std::string> socs = specialty_socs();
    socs.emplace(catalog::kAllHealthTechnicians.soc);
    for (int year : catalog::kWageYears)
        for (const std::string& soc : socs) {
            const auto y = data.national.find(year);
            if (y == data.national.end() || !y->second.contains(soc))
                national_items.push_back("May " + std::to_string(year) + " " + soc);
        }

    std::vector<std::string> caveats;
    if (!state_items.empty())
        caveats.push_back(data.state_file.name + " has no row for the following, so those state figures are null: " +
                          joined(state_items, "; ") + ".");
    if (!national_items.empty())
        caveats.push_back(data.national_file.name + " has no row for the following, so those US figures are null: " +
                          joined(national_items, "; ") + ".");
    return caveats;
}

std::vector<std::string> missing_projection_caveats(const ImportedData& data) {
    const std::set<std::string> socs = specialty_socs();
    auto has_row = [&](const std::string& soc, const std::string& area) {
        const auto s = data.projections.find(soc);
        return s != data.projections.end() && s->second.contains(area);
    };

    std::vector<std::string> absent_areas;
    std::set<std::string> absent_codes;
    for (const std::string& area : areas_with_us()) {
        if (std::none_of(socs.begin(), socs.end(), [&](const std::string& soc) { return has_row(soc, area); })) {
            absent_areas.push_back(area_name(area));
            absent_codes.insert(area);
        }
    }
    std::vector<std::string> partial;
    for (const std::string& soc : socs) {
        std::vector<std::string> missing;
        for (const std::string& area : areas_with_us())
            if (!absent_codes.contains(area) && !has_row(soc, area)) missing.push_back(area);
        if (!missing.empty()) partial.push_back(soc + " " + joined(missing, ", "));
    }

    std::vector<std::string> caveats;
    if (!absent_areas.empty())
        caveats.push_back(data.projections_file.name + " has no rows at all for " + joined_in_prose(absent_areas) +
                          ": growth and openings are null there for every specialty.");
    if (!partial.empty())
        caveats.push_back(data.projections_file.name + (absent_areas.empty() ? "" : " also") +
                          " has no row for the following, so those figures are null: " + joined(partial, "; ") + ".");
    return caveats;
}

std::vector<std::string> territory_caveats(const FileNotes& file) {
    if (file.skipped_territories.empty()) return {};
    const std::vector<std::string> names(file.skipped_territories.begin(), file.skipped_territories.end());
    return {file.name + ": the rows for " + joined_in_prose(names) +
            " are left out; the map covers the 50 states and DC."};
}

}  // namespace medmap::data
