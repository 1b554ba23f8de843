// The field checks the three source readers share.
#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/data/import_model.hpp"
#include "core/data/stats_catalog.hpp"
#include "core/data/stats_format.hpp"

namespace medmap::data {

namespace {

std::string in_quotes(std::string_view s) { return "\"" + std::string(s) + "\""; }

}  // namespace

std::optional<StatNumber> read_figure(const CsvRow& row, std::string_view column, FigureKind kind,
                                      NullCell where, ImportedData& data) {
    const std::string& text = row[column];
    const BlsCell cell = read_bls_cell(text);
    switch (cell.kind) {
    case BlsCell::Kind::NotANumber: row.fail(column, in_quotes(text) + " is not a number");
    case BlsCell::Kind::TopCoded:
        if (kind != FigureKind::AnnualWage)
            row.fail(column, "\"#\" (the BLS code for a wage of $187,200 or more) in a column that is not a wage");
        [[fallthrough]];
    case BlsCell::Kind::Blank:
    case BlsCell::Kind::NotPublished:
        where.column = std::string(column);
        where.kind = cell.kind;
        data.null_cells.push_back(std::move(where));
        return std::nullopt;
    case BlsCell::Kind::Number: break;
    }

    const double value = to_double(cell.number);
    if (!std::isfinite(value)) row.fail(column, in_quotes(text) + " is too large");
    switch (kind) {
    case FigureKind::AnnualWage:
        if (value < 0) row.fail(column, "negative wage " + text);
        if (value > stats_format::kMaxAnnualWage)
            row.fail(column, "wage " + text + " is above 1,000,000 USD, not a plausible annual wage");
        break;
    case FigureKind::Count:
        if (value < 0) row.fail(column, "negative count " + text);
        break;
    case FigureKind::GrowthPct:
        if (value < stats_format::kMinGrowthPct) row.fail(column, "growth " + text + "% is below -100%");
        break;
    }
    return cell.number;
}

int read_wage_year(const CsvRow& row, std::string_view column) {
    const std::string& text = row[column];
    int year = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty())
        row.fail(column, in_quotes(text) + " is not a year");
    if (std::find(catalog::kWageYears.begin(), catalog::kWageYears.end(), year) == catalog::kWageYears.end())
        row.fail(column, text + " is not one of the wage years 2012-2015 this converter writes");
    return year;
}

std::optional<std::string> read_needed_soc(const CsvRow& row, std::string_view column, bool national) {
    const std::string& soc = row[column];
    if (!stats_format::is_soc_code(soc)) row.fail(column, in_quotes(soc) + " is not a SOC code like 29-2041");
    const bool specialty = std::any_of(catalog::kSpecialties.begin(), catalog::kSpecialties.end(),
                                       [&](const catalog::SpecialtyEntry& s) { return s.soc == soc; });
    // BLS publishes the 29-2000 minor group for the nation only.
    if (specialty || (national && soc == catalog::kAllHealthTechnicians.soc)) return soc;
    return std::nullopt;
}

void check_bls_title(const CsvRow& row, std::string_view column, const std::string& soc, const ImportedData& data) {
    const auto title = data.bls_titles.find(soc);
    if (title != data.bls_titles.end() && title->second != row[column])
        row.fail(column, in_quotes(row[column]) + " is not the BLS title of " + soc + ", " + in_quotes(title->second));
}

}  // namespace medmap::data
