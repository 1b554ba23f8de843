// Reads oes_state_health_techs_2012_2015.csv: BLS OES state rows as extracted from the
// ZenBayes snapshot. Territories are left out: the map shows the 50 states and DC.
#include <map>
#include <tuple>

#include "core/base/us_states.hpp"
#include "core/data/import_model.hpp"

namespace medmap::data {

void read_oes_state(const std::filesystem::path& csv, ImportedData& data) {
    const CsvTable table =
        CsvTable::read(csv, {"year", "state", "occ_code", "occ_title", "tot_emp", "a_mean", "a_median"});
    data.state_file.name = csv.filename().string();
    std::map<std::tuple<int, std::string, std::string>, int> first_line;

    for (std::size_t i = 0; i < table.row_count(); ++i) {
        const CsvRow row = table.row(i);
        const int year = read_wage_year(row, "year");
        const auto state = find_us_state(row["state"]);
        if (!state) row.fail("state", "unknown state \"" + row["state"] + "\"");
        if (state->territory) {
            data.state_file.skipped_territories.insert(std::string(state->name));
            continue;
        }
        const auto soc = read_needed_soc(row, "occ_code", /*national=*/false);
        if (!soc) continue;
        const std::string area(state->usps);

        if (const auto [it, fresh] = first_line.emplace(std::tuple(year, area, *soc), row.line()); !fresh)
            row.fail("duplicate row for " + std::to_string(year) + ", " + row["state"] + ", " + *soc +
                     " (first at line " + std::to_string(it->second) + ")");
        check_bls_title(row, "occ_title", *soc, data);

        const NullCell where{data.state_file.name, "", year, *soc, area, BlsCell::Kind::Blank};
        WageRow& out = data.state[year][*soc][area];
        out.employment = read_figure(row, "tot_emp", FigureKind::Count, where, data);
        out.mean = read_figure(row, "a_mean", FigureKind::AnnualWage, where, data);
        out.median = read_figure(row, "a_median", FigureKind::AnnualWage, where, data);
        ++data.state_file.used_rows[year];
    }
}

}  // namespace medmap::data
