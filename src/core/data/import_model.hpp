#pragma once
// What the converter has read from the three source CSVs, before it is written as JSON.
// Areas are USPS codes, or "US" for the nation; figures stay as written in the source.
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/data/bls_cell.hpp"
#include "core/data/csv_table.hpp"

namespace medmap::data {

struct WageRow {
    std::optional<StatNumber> median, mean, employment;
};

struct ProjectionRow {
    std::optional<StatNumber> growth_pct, openings;
};

// A source cell that became null, kept so the caveats can say exactly which ones.
struct NullCell {
    std::string file;    // file name, as the caveat shows it
    std::string column;
    int year = 0;        // 0 for the projections, which have no wage year
    std::string soc;
    std::string area;    // USPS code or "US"
    BlsCell::Kind kind;  // Blank, NotPublished or TopCoded
};

// Everything each reader learns about its file besides the figures.
struct FileNotes {
    std::string name;               // file name only, so the output does not depend on where it was read
    std::map<int, int> used_rows;   // rows kept per wage year (key 0 for the projections)
    std::set<std::string> skipped_territories;
};

struct ImportedData {
    std::map<std::string, std::string> bls_titles;  // soc -> OCC_TITLE of the national file
    std::map<int, std::map<std::string, WageRow>> national;                              // [year][soc]
    std::map<int, std::map<std::string, std::map<std::string, WageRow>>> state;          // [year][soc][area]
    std::map<std::string, std::map<std::string, ProjectionRow>> projections;             // [soc][area]
    std::vector<NullCell> null_cells;
    FileNotes national_file, state_file, projections_file;
};

// The readers, in the order they must run: the other two check their titles against the
// national file's.
void read_oes_national(const std::filesystem::path& csv, ImportedData& data);
void read_oes_state(const std::filesystem::path& csv, ImportedData& data);
void read_projections(const std::filesystem::path& csv, ImportedData& data);

// What each figure column may hold; a value outside it is an error at its line.
enum class FigureKind { AnnualWage, Count, GrowthPct };

// The figure in `column` of `row`: nullopt (noted in data.null_cells) for a blank or a BLS
// special code; an error for anything else that is not a plausible number.
std::optional<StatNumber> read_figure(const CsvRow& row, std::string_view column, FigureKind kind,
                                      NullCell where, ImportedData& data);

// Shared field checks of the readers; each fails at the row's line.
int read_wage_year(const CsvRow& row, std::string_view column);
// The SOC code in `column`, or nullopt for a well-formed code the app does not need.
std::optional<std::string> read_needed_soc(const CsvRow& row, std::string_view column, bool national);
// Fails unless `title` is the national file's title for `soc` (when the national file has one).
void check_bls_title(const CsvRow& row, std::string_view column, const std::string& soc,
                     const ImportedData& data);

}  // namespace medmap::data
