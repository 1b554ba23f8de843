#include "core/data/official/grid_header.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/base/input_error.hpp"
#include "core/data/no_data_reasons.hpp"
#include "core/data/stats_catalog.hpp"
#include "core/data/stats_format.hpp"

namespace medmap::data::official {

namespace {

// Header rows sit at the top; BLS puts a title row or two above some tables.
constexpr std::size_t kHeaderSearchRows = 20;

std::string trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return std::string(s);
}

bool same_name(std::string_view a, std::string_view b) {
    const std::string ta = trimmed(a);
    return std::equal(ta.begin(), ta.end(), b.begin(), b.end(), [](unsigned char x, unsigned char y) {
        return std::tolower(x) == std::tolower(y);
    });
}

bool is_thousands_number(std::string_view s) {
    std::size_t i = s.starts_with('-') ? 1 : 0;
    const std::size_t dot = s.find('.');
    const std::string_view whole = s.substr(i, dot == std::string_view::npos ? std::string_view::npos : dot - i);
    if (whole.find(',') == std::string_view::npos) return false;
    std::size_t group = 0;
    bool first = true;
    for (std::size_t k = 0; k <= whole.size(); ++k) {
        if (k == whole.size() || whole[k] == ',') {
            if ((first && (group < 1 || group > 3)) || (!first && group != 3)) return false;
            first = false;
            group = 0;
        } else if (whole[k] >= '0' && whole[k] <= '9') {
            ++group;
        } else {
            return false;
        }
    }
    return true;
}

}  // namespace

std::optional<LabelledYear> year_after(std::string_view text, std::string_view prefix) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    if (text.size() < prefix.size() || !same_name(text.substr(0, prefix.size()), prefix)) return std::nullopt;
    text.remove_prefix(prefix.size());
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    if (text.size() < 4) return std::nullopt;
    int year = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        year = year * 10 + (text[i] - '0');
    }
    if (text.size() > 4 && text[4] >= '0' && text[4] <= '9') return std::nullopt;  // not a year
    return LabelledYear{year, text.substr(4)};
}

bool is_blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); });
}

std::string Grid::place(std::size_t row) const {
    if (json) return "rows[" + std::to_string(row_numbers.at(row)) + "]";
    const std::string at = (sheet.empty() ? "line " : "row ") + std::to_string(row_numbers.at(row));
    return sheet.empty() ? at : "sheet " + sheet + ", " + at;
}

void Grid::fail(std::size_t row, const std::string& what) const { throw InputError(file, place(row), what); }

void Grid::fail(const std::string& what) const { throw InputError(file, sheet.empty() ? "" : "sheet " + sheet, what); }

const std::string& Header::cell(const Grid& grid, std::size_t row, std::string_view key) const {
    static const std::string empty;
    const std::size_t col = columns.at(std::string(key));
    const auto& cells = grid.rows.at(row);
    return col < cells.size() ? cells[col] : empty;
}

std::optional<Header> find_header(const Grid& grid, const std::vector<ColumnSpec>& specs) {
    for (std::size_t r = 0; r < std::min(grid.rows.size(), kHeaderSearchRows); ++r) {
        Header h;
        h.row = r;
        bool complete = true;
        for (const ColumnSpec& spec : specs) {
            const auto& cells = grid.rows[r];
            std::optional<std::size_t> found;
            for (std::string_view name : spec.names)
                for (std::size_t c = 0; c < cells.size() && !found; ++c)
                    if (same_name(cells[c], name)) found = c;
            if (found) {
                h.columns[std::string(spec.key)] = *found;
                h.names[std::string(spec.key)] = trimmed(cells[*found]);
            } else if (spec.required) {
                complete = false;
                break;
            }
        }
        if (complete) return h;
    }
    return std::nullopt;
}

std::string clean_number_text(std::string_view text) {
    std::string s = trimmed(text);
    if (is_thousands_number(s)) s.erase(std::remove(s.begin(), s.end(), ','), s.end());
    return s;
}

Figure read_official_figure(const Grid& grid, std::size_t row, const Header& header, std::string_view key,
                            FigureKind kind) {
    const std::string& raw = header.cell(grid, row, key);
    const std::string text = clean_number_text(raw);
    const std::string& column = header.names.at(std::string(key));
    // BLS Employment Projections write an em dash for "data unavailable".
    if (text == "\u2014") return {std::nullopt, "BLS Employment Projections give no figure (\u2014)"};
    const BlsCell cell = read_bls_cell(text);
    switch (cell.kind) {
    case BlsCell::Kind::NotANumber:
        grid.fail(row, column + " '" + raw + "' is not a number or a BLS code");
    case BlsCell::Kind::TopCoded:
        if (kind != FigureKind::AnnualWage)
            grid.fail(row, column + " '#' (the BLS code for a wage above its range) in a column that is not a wage");
        [[fallthrough]];
    case BlsCell::Kind::Blank:
    case BlsCell::Kind::NotPublished: {
        Figure f{std::nullopt, reasons::for_cell(cell.kind, grid.file)};
        if (text == "**") f.why = "BLS did not publish this employment estimate (**)";
        return f;
    }
    case BlsCell::Kind::Number: break;
    }
    const double value = to_double(cell.number);
    if (!std::isfinite(value)) grid.fail(row, column + " '" + raw + "' is too large");
    if (kind != FigureKind::GrowthPct && value < 0) grid.fail(row, column + " '" + raw + "' is negative");
    if (kind == FigureKind::AnnualWage && value > stats_format::kMaxAnnualWage)
        grid.fail(row, column + " '" + raw + "' is above 1,000,000 USD, not a plausible annual wage");
    if (kind == FigureKind::GrowthPct && value < stats_format::kMinGrowthPct)
        grid.fail(row, column + " '" + raw + "' is below -100%");
    return {cell.number, ""};
}

std::optional<std::string> soc_code(std::string_view text) {
    std::string s = trimmed(text);
    if (s.size() == 6 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
        s.insert(2, "-");
    if (!stats_format::is_soc_code(s)) return std::nullopt;
    return s;
}

bool is_needed_soc(const std::string& soc) {
    if (soc == catalog::kAllHealthTechnicians.soc) return true;
    for (const auto& s : catalog::kSpecialties)
        if (s.soc == soc) return true;
    for (const auto& c : catalog::kCrosswalk)
        if (c.soc == soc) return true;
    return false;
}

}  // namespace medmap::data::official
