// BLS OEWS workbooks: national, state and all-data files, every layout from May 2012 on.
// 2012-2016 state files name the area AREA/ST/STATE and the group OCC_GROUP; later ones
// AREA_TITLE/PRIM_STATE and O_GROUP; May 2020's national file has no area columns; May
// 2019's headers are lower case. The May year is on the "Field Descriptions" sheet
// ("May 2024 OEWS Estimates") or in the data sheet's name (state_M2024_dl); the May
// 2014 and 2015 workbooks have neither (one sheet, "national_dl"), so the file's name as BLS
// gives it (national_M2014_dl.xlsx) is the last resort. The kind of file is still
// recognised by its header row alone.
#include <cctype>
#include <set>

#include "core/base/us_states.hpp"
#include "core/data/official/grid_header.hpp"
#include "core/data/official/import_records.hpp"
#include "core/data/stats_format.hpp"

namespace medmap::data::official {

namespace {

const std::vector<ColumnSpec> kColumns{
    {"code", {"OCC_CODE"}},
    {"title", {"OCC_TITLE"}},
    {"employment", {"TOT_EMP"}},
    {"mean", {"A_MEAN"}},
    {"median", {"A_MEDIAN"}},
    {"usps", {"PRIM_STATE", "ST"}, false},
    {"area_code", {"AREA"}, false},
    {"area_name", {"AREA_TITLE", "STATE"}, false},
    {"area_type", {"AREA_TYPE"}, false},
    {"group", {"O_GROUP", "OCC_GROUP"}, false},
    {"industry_group", {"I_GROUP"}, false},
};

// "May 2024 OEWS Estimates" or "May 2014 OES ...": the title cell of the first sheet.
std::optional<int> title_year(const std::string& cell) {
    const auto y = year_after(cell, "May");
    if (!y || y->rest.empty() || !std::isspace(static_cast<unsigned char>(y->rest.front()))) return std::nullopt;
    std::string_view after = y->rest;
    while (!after.empty() && std::isspace(static_cast<unsigned char>(after.front()))) after.remove_prefix(1);
    const auto is_o = [](char c) { return c == 'O' || c == 'o'; };
    const auto is_e = [](char c) { return c == 'E' || c == 'e'; };
    if (after.size() < 2 || !is_o(after[0]) || !is_e(after[1])) return std::nullopt;
    return y->year;
}

// "state_M2024_dl": the year between "_M" and the next "_".
std::optional<int> sheet_year(std::string_view sheet) {
    for (std::size_t at = 0; at < sheet.size(); ++at) {
        const auto y = year_after(sheet.substr(at), "_M");
        if (y && y->rest.starts_with('_')) return y->year;
    }
    return std::nullopt;
}

std::optional<int> may_year(const InputFile& file) {
    for (const Grid& g : file.grids)
        if (!g.rows.empty() && !g.rows.front().empty())
            if (const auto y = title_year(g.rows.front().front())) return y;
    for (const Grid& g : file.grids)
        if (const auto y = sheet_year(g.sheet)) return y;
    // "oesm14st.zip/state_M2014_dl.xlsx": the workbook's own name, not the zip's.
    const std::string_view name = file.name;
    return sheet_year(name.substr(name.rfind('/') == std::string_view::npos ? 0 : name.rfind('/') + 1));
}

// "US", a state's USPS code, or nullopt for a row to leave out (territory, metro area).
struct AreaOfRow {
    std::optional<std::string> area;
    std::string territory;  // the name of a territory left out
};

AreaOfRow area_of(const Grid& grid, std::size_t row, const Header& h) {
    auto cell = [&](std::string_view key) { return h.has(key) ? clean_number_text(h.cell(grid, row, key)) : ""; };
    const std::string type = cell("area_type");
    if (!type.empty() && type != "1" && type != "2") return {};  // metropolitan and other areas
    const std::string code = cell("area_code"), usps = cell("usps"), name = cell("area_name");
    if (type == "1" || code == "99" || usps == "US" || name == "U.S." ||
        (!h.has("usps") && !h.has("area_code") && !h.has("area_name")))
        return {std::string(stats_format::kNationalArea), ""};
    std::optional<UsState> state;
    if (!usps.empty()) state = find_us_state(usps);
    if (!state && !code.empty()) state = find_us_state(code.size() == 1 ? "0" + code : code);
    if (!state && !name.empty()) state = find_us_state(name);
    if (!state) grid.fail(row, "area '" + (name.empty() ? code + usps : name) + "' is neither the US nor a state");
    if (state->territory) return {std::nullopt, std::string(state->name)};
    return {std::string(state->usps), ""};
}

}  // namespace

bool read_oews(const InputFile& file, OfficialImport& out) {
    bool found = false;
    for (const Grid& grid : file.grids) {
        const auto header = find_header(grid, kColumns);
        if (!header) continue;
        found = true;
        const auto year = may_year(file);
        if (!year) grid.fail("cannot tell which May year this BLS OEWS file holds (no \"May YYYY OEWS Estimates\" "
                             "on its Field Descriptions sheet, no _MYYYY_ in a sheet name or the file "
                             "name, as in BLS's state_M2024_dl.xlsx)");
        WageEdition& edition = out.wages[*year];
        edition.year = *year;
        ImportRecord record = new_record(file, grid.sheet, "May " + std::to_string(*year));
        std::set<std::string> territories;
        std::map<std::pair<std::string, std::string>, std::pair<std::size_t, bool>> seen;  // -> row, detailed
        std::size_t not_published = 0;
        bool national = false, states = false;
        for (std::size_t r = header->row + 1; r < grid.rows.size(); ++r) {
            if (std::all_of(grid.rows[r].begin(), grid.rows[r].end(), [](const std::string& c) { return c.empty(); }))
                continue;
            if (header->has("industry_group")) {
                const std::string industry = clean_number_text(header->cell(grid, r, "industry_group"));
                if (!industry.empty() && industry != "cross-industry") continue;
            }
            const std::string code_text = header->cell(grid, r, "code");
            const auto soc = soc_code(code_text);
            if (!soc) grid.fail(r, header->names.at("code") + " '" + code_text + "' is not a SOC code like 29-2041");
            if (!is_needed_soc(*soc)) continue;
            const AreaOfRow area = area_of(grid, r, *header);
            if (!area.area) {
                if (!area.territory.empty()) territories.insert(area.territory);
                continue;
            }
            // BLS lists a code that is both a broad and a detailed occupation twice, with the
            // same figures; the detailed row is kept.
            const bool detailed = !header->has("group") || header->cell(grid, r, "group") == "detailed";
            const auto key = std::pair(*soc, *area.area);
            if (const auto it = seen.find(key); it != seen.end()) {
                if (it->second.second == detailed)
                    grid.fail(r, "a second row for " + *soc + " in " + *area.area + " (first at " +
                                     grid.place(it->second.first) + ")");
                if (!detailed) continue;
            }
            seen[key] = {r, detailed};
            WageFigures f;
            f.title = header->cell(grid, r, "title");
            f.file = file.name;
            f.median = read_official_figure(grid, r, *header, "median", FigureKind::AnnualWage);
            f.mean = read_official_figure(grid, r, *header, "mean", FigureKind::AnnualWage);
            f.employment = read_official_figure(grid, r, *header, "employment", FigureKind::Count);
            for (const Figure* fig : {&f.median, &f.mean, &f.employment})
                if (!fig->value && !fig->why.empty() && fig->why.find("(*") != std::string::npos) ++not_published;
            (*area.area == stats_format::kNationalArea ? national : states) = true;
            add_row(edition.rows, *soc, *area.area, std::move(f), "May " + std::to_string(*year));
            ++record.rows_used;
        }
        if (national) edition.national_file = file.name;
        if (states) edition.state_file = file.name;
        if (not_published > 0)
            record.caveats.push_back(std::to_string(not_published) +
                                     " figures hold a BLS code ('*' or '**': not published) and are null.");
        if (!territories.empty()) record.caveats.push_back("Territories left out: " + joined(territories) + ".");
        edition.records.push_back(std::move(record));
    }
    return found;
}

}  // namespace medmap::data::official
