// Reads projections_health_techs_extract.csv: Projections Central 2012-2022 state (and
// "United States") percent change and average annual openings, as kept by 10KEggs/careers.
#include <map>
#include <utility>

#include "core/base/us_states.hpp"
#include "core/data/import_model.hpp"
#include "core/data/stats_format.hpp"

namespace medmap::data {

void read_projections(const std::filesystem::path& csv, ImportedData& data) {
    const CsvTable table = CsvTable::read(
        csv, {"Area", "occ_code_matched_by_title", "Occupation", "PercentChange", "AverageAnnualOpenings"});
    data.projections_file.name = csv.filename().string();
    std::map<std::pair<std::string, std::string>, int> first_line;

    for (std::size_t i = 0; i < table.row_count(); ++i) {
        const CsvRow row = table.row(i);
        std::string area(stats_format::kNationalArea);
        if (row["Area"] != "United States") {
            const auto state = find_us_state(row["Area"]);
            if (!state) row.fail("Area", "unknown area \"" + row["Area"] + "\"");
            if (state->territory) {
                data.projections_file.skipped_territories.insert(std::string(state->name));
                continue;
            }
            area = state->usps;
        }
        const auto soc = read_needed_soc(row, "occ_code_matched_by_title", /*national=*/false);
        if (!soc) continue;

        if (const auto [it, fresh] = first_line.emplace(std::pair(area, *soc), row.line()); !fresh)
            row.fail("duplicate row for " + row["Area"] + ", " + *soc + " (first at line " +
                     std::to_string(it->second) + ")");
        // The extract matched codes to titles; a title that differs means a wrong match.
        check_bls_title(row, "Occupation", *soc, data);

        const NullCell where{data.projections_file.name, "", 0, *soc, area, BlsCell::Kind::Blank};
        ProjectionRow& out = data.projections[*soc][area];
        out.growth_pct = read_figure(row, "PercentChange", FigureKind::GrowthPct, where, data);
        out.openings = read_figure(row, "AverageAnnualOpenings", FigureKind::Count, where, data);
        ++data.projections_file.used_rows[0];
    }
}

}  // namespace medmap::data
