#pragma once
// Finding a header row in a grid by its column names, and reading official cells.
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/official/official_model.hpp"

namespace medmap::data::official {

// One column a reader needs: any of `names` (compared case-insensitively, spaces trimmed).
struct ColumnSpec {
    std::string_view key;  // the reader's name for it
    std::vector<std::string_view> names;
    bool required = true;
};

struct Header {
    std::size_t row = 0;                      // index of the header row in the grid
    std::map<std::string, std::size_t> columns;  // key -> column index (required and found optional ones)
    std::map<std::string, std::string> names;    // key -> the name as the file writes it

    bool has(std::string_view key) const { return columns.contains(std::string(key)); }
    const std::string& cell(const Grid& grid, std::size_t row, std::string_view key) const;
};

// The first of the grid's first rows that names every required column.
std::optional<Header> find_header(const Grid& grid, const std::vector<ColumnSpec>& specs);

// Trims spaces; removes thousands commas from a number written as text ("1,234").
std::string clean_number_text(std::string_view text);

enum class FigureKind { AnnualWage, Count, GrowthPct };

// A figure cell: a number, or null with its reason for a blank cell or a BLS code; an
// error naming the place for anything else.
Figure read_official_figure(const Grid& grid, std::size_t row, const Header& header, std::string_view key,
                            FigureKind kind);

// A year written after a label: "<spaces><prefix><spaces><four digits>" at the start of `text`
// (prefix compared case-insensitively), with what follows the digits. The headers and
// sheet names that carry a round's year are this simple, so no regular expression
// engine is needed (GCC 12's <regex> also trips -Wmaybe-uninitialized under ASan).
struct LabelledYear {
    int year = 0;
    std::string_view rest;
};
std::optional<LabelledYear> year_after(std::string_view text, std::string_view prefix);

// `text` is nothing but spaces.
bool is_blank(std::string_view text);

// "29-2041", "292041" -> "29-2041"; nullopt for anything else.
std::optional<std::string> soc_code(std::string_view text);

// The SOC codes an import keeps: the specialties', the codes that may stand in for them
// (catalog::kCrosswalk) and the 29-2000 group's.
bool is_needed_soc(const std::string& soc);

}  // namespace medmap::data::official
