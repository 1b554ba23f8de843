// Projections Central long-term projections: the bulk CSV (ltprojections.csv) and the
// JSON its API returns ({"rows": [...], "pager": {...}}, all values strings). Both have
// the base and projected years in every row, which name the round.
#include <set>

#include "core/base/us_states.hpp"
#include "core/data/official/grid_header.hpp"
#include "core/data/official/import_records.hpp"
#include "core/data/stats_format.hpp"

namespace medmap::data::official {

namespace {

const std::vector<ColumnSpec> kColumns{
    {"code", {"OccCode"}},
    {"growth", {"PercentChange"}},
    {"openings", {"AvgAnnualOpenings", "AverageAnnualOpenings"}},
    {"base_year", {"BaseYear"}},
    {"projected_year", {"ProjYear", "ProjectedYear"}},
    {"area_name", {"Area", "AreaName", "StateName"}, false},
    {"fips", {"StateFips", "STFIPS"}, false},
    {"title", {"Title", "OccTitle"}, false},
};

std::optional<std::string> area_of(const Grid& grid, std::size_t r, const Header& h, std::set<std::string>& territories) {
    const std::string fips = h.has("fips") ? clean_number_text(h.cell(grid, r, "fips")) : "";
    const std::string name = h.has("area_name") ? clean_number_text(h.cell(grid, r, "area_name")) : "";
    if (fips == "0" || fips == "00" || name == "United States") return std::string(stats_format::kNationalArea);
    std::optional<UsState> state;
    if (!fips.empty()) state = find_us_state(fips.size() == 1 ? "0" + fips : fips);
    if (!state && !name.empty()) state = find_us_state(name);
    if (!state) grid.fail(r, "area '" + (name.empty() ? fips : name) + "' is neither the US nor a state");
    if (state->territory) {
        territories.insert(std::string(state->name));
        return std::nullopt;
    }
    return std::string(state->usps);
}

}  // namespace

bool read_projections_central(const InputFile& file, OfficialImport& out) {
    for (const Grid& grid : file.grids) {
        const auto h = find_header(grid, kColumns);
        if (!h) continue;
        if (!h->has("fips") && !h->has("area_name")) grid.fail("no Area or StateFips column");
        std::map<std::string, ImportRecord> records;  // by round
        std::set<std::string> territories;
        for (std::size_t r = h->row + 1; r < grid.rows.size(); ++r) {
            const std::string code_text = h->cell(grid, r, "code");
            const auto soc = soc_code(code_text);
            if (!soc) grid.fail(r, h->names.at("code") + " '" + code_text + "' is not a SOC code like 29-2041");
            if (!is_needed_soc(*soc)) continue;
            const auto area = area_of(grid, r, *h, territories);
            if (!area) continue;
            const std::string base = clean_number_text(h->cell(grid, r, "base_year"));
            const std::string projected = clean_number_text(h->cell(grid, r, "projected_year"));
            const std::string round_name = base + "-" + projected;
            if (!stats_format::is_projection_round(round_name))
                grid.fail(r, "base and projected years '" + base + "' and '" + projected + "' are not a round");
            RoundEdition& round = out.rounds[round_name];
            round.round = round_name;
            ProjectionFigures f;
            f.title = h->has("title") ? h->cell(grid, r, "title") : "";
            f.file = file.name;
            f.growth_pct = read_official_figure(grid, r, *h, "growth", FigureKind::GrowthPct);
            f.openings = read_official_figure(grid, r, *h, "openings", FigureKind::Count);
            (*area == stats_format::kNationalArea ? round.national_file : round.state_file) = file.name;
            add_row(round.rows, *soc, *area, std::move(f), round_name);
            auto [rec, fresh] = records.try_emplace(round_name, new_record(file, grid.sheet, round_name));
            if (fresh) round.publishers.push_back("Projections Central");
            ++rec->second.rows_used;
        }
        for (auto& [round_name, record] : records) {
            if (!territories.empty()) record.caveats.push_back("Territories left out: " + joined(territories) + ".");
            out.rounds[round_name].records.push_back(std::move(record));
        }
        return true;
    }
    return false;
}

}  // namespace medmap::data::official
