// Reads oes_national_health_techs_2012_2015.csv: BLS OES national rows, copied unchanged
// from the BLS national files, including the 29-2000 minor group.
#include <map>
#include <utility>

#include "core/data/import_model.hpp"

namespace medmap::data {

void read_oes_national(const std::filesystem::path& csv, ImportedData& data) {
    const CsvTable table = CsvTable::read(csv, {"year", "OCC_CODE", "OCC_TITLE", "TOT_EMP", "A_MEAN", "A_MEDIAN"});
    data.national_file.name = csv.filename().string();
    std::map<std::pair<int, std::string>, int> first_line;

    for (std::size_t i = 0; i < table.row_count(); ++i) {
        const CsvRow row = table.row(i);
        const int year = read_wage_year(row, "year");
        const auto soc = read_needed_soc(row, "OCC_CODE", /*national=*/true);
        if (!soc) continue;

        if (const auto [it, fresh] = first_line.emplace(std::pair(year, *soc), row.line()); !fresh)
            row.fail("duplicate row for " + std::to_string(year) + ", " + *soc + " (first at line " +
                     std::to_string(it->second) + ")");
        check_bls_title(row, "OCC_TITLE", *soc, data);  // the same title in every year
        data.bls_titles.emplace(*soc, row["OCC_TITLE"]);

        const NullCell where{data.national_file.name, "", year, *soc, "US", BlsCell::Kind::Blank};
        WageRow& out = data.national[year][*soc];
        out.employment = read_figure(row, "TOT_EMP", FigureKind::Count, where, data);
        out.mean = read_figure(row, "A_MEAN", FigureKind::AnnualWage, where, data);
        out.median = read_figure(row, "A_MEDIAN", FigureKind::AnnualWage, where, data);
        ++data.national_file.used_rows[year];
    }
}

}  // namespace medmap::data
