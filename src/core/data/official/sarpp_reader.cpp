// BEA SARPP (regional price parities by state) as BEA's interactive tables export it: a
// CSV whose GeoFIPS is quoted and padded (" 01000"), ten lines per area, year columns,
// and footer lines of text. medmap keeps the line "RPPs: All items": the price level of
// all goods and services, US = 100 in each year.
#include <cctype>
#include <set>

#include "core/base/us_states.hpp"
#include "core/data/official/grid_header.hpp"
#include "core/data/official/import_records.hpp"
#include "core/data/stats_format.hpp"

namespace medmap::data::official {

namespace {

const std::vector<ColumnSpec> kColumns{
    {"fips", {"GeoFIPS"}}, {"name", {"GeoName"}}, {"line", {"LineCode"}}, {"description", {"Description"}}};

constexpr std::string_view kAllItems = "RPPs: All items";

bool is_year(const std::string& s) {
    return s.size() == 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool read_sarpp(const InputFile& file, OfficialImport& out) {
    for (const Grid& grid : file.grids) {
        const auto h = find_header(grid, kColumns);
        if (!h) continue;
        std::vector<std::pair<int, std::size_t>> year_columns;
        const auto& header_cells = grid.rows[h->row];
        for (std::size_t c = 0; c < header_cells.size(); ++c)
            if (is_year(header_cells[c])) year_columns.emplace_back(std::stoi(header_cells[c]), c);
        if (year_columns.empty()) grid.fail("no year columns (2008, 2009, ...) in the header");

        PriceLevels prices;
        prices.record = new_record(file, grid.sheet, std::to_string(year_columns.front().first) + "-" +
                                                         std::to_string(year_columns.back().first));
        std::set<std::string> not_available;
        std::map<std::string, std::size_t> first_row;
        for (std::size_t r = h->row + 1; r < grid.rows.size(); ++r) {
            if (grid.rows[r].size() < header_cells.size()) continue;  // the footer's lines of text
            if (clean_number_text(h->cell(grid, r, "description")) != kAllItems) continue;
            const std::string fips = clean_number_text(h->cell(grid, r, "fips"));
            std::string area(stats_format::kNationalArea);
            if (fips != "00000") {
                const auto state = fips.size() == 5 && fips.ends_with("000") ? find_us_state(fips.substr(0, 2))
                                                                             : std::nullopt;
                if (!state) grid.fail(r, "GeoFIPS '" + fips + "' is neither the US (00000) nor a state");
                area = state->usps;
            }
            if (const auto [it, fresh] = first_row.emplace(area, r); !fresh)
                grid.fail(r, "a second \"RPPs: All items\" row for " + area + " (first at " + grid.place(it->second) + ")");
            for (const auto& [year, column] : year_columns) {
                const std::string text = column < grid.rows[r].size() ? clean_number_text(grid.rows[r][column]) : "";
                const BlsCell cell = read_bls_cell(text);
                if (cell.kind != BlsCell::Kind::Number) {
                    if (text == "(NA)" || text.empty()) {
                        not_available.insert(area + " " + std::to_string(year));
                        continue;
                    }
                    grid.fail(r, std::to_string(year) + " '" + text + "' is not a number");
                }
                const double level = to_double(cell.number);
                if (level <= 0 || level > 1000) grid.fail(r, std::to_string(year) + " '" + text + "' is not a price level");
                prices.levels[year][area] = level;
            }
            ++prices.record.rows_used;
        }
        if (first_row.empty()) grid.fail("no \"RPPs: All items\" rows");
        prices.record.caveats.push_back(
            "BEA revises regional price parities; these are the figures of the file read (see its footer for the vintage).");
        prices.record.caveats.push_back("Price levels compare states within one year (US = 100); they do not "
                                        "measure inflation between years.");
        if (!not_available.empty())
            prices.record.caveats.push_back("Not available ((NA) or blank): " + joined(not_available) + ".");
        if (out.prices) throw InputError(file.name, "", out.prices->record.file + " and this file both give price levels");
        out.prices = std::move(prices);
        return true;
    }
    return false;
}

OfficialImport read_official_files(const std::vector<InputFile>& files) {
    OfficialImport out;
    for (const InputFile& file : files) {
        const bool known = read_oews(file, out) || read_employment_projections(file, out) ||
                           read_projections_central(file, out) || read_sarpp(file, out);
        if (!known)
            throw InputError(file.name, "",
                             "no sheet has the header row of a file medmap import reads (BLS OEWS: OCC_CODE, "
                             "A_MEDIAN...; BLS Employment Projections; Projections Central: OccCode, "
                             "PercentChange...; BEA SARPP: GeoFIPS, LineCode...)");
    }
    return out;
}

}  // namespace medmap::data::official
