#pragma once
// What `medmap import` reads from official files (BLS OEWS and Employment Projections,
// Projections Central, BEA SARPP) before it merges them into a stats document. Files are
// first turned into grids of cell text, so every reader works the same way on a sheet of
// an .xlsx workbook and on a CSV file, and names the same places in its errors.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/data/bls_cell.hpp"
#include "core/data/dataset.hpp"

namespace medmap::data::official {

// One sheet of a workbook, or a whole CSV file: rows of cell text as shown to a person
// (numbers without float noise, so 9.8 and not 9.8000000000000007).
struct Grid {
    std::string file;   // the name errors use: "oesm24st.zip/state_M2024_dl.xlsx"
    std::string sheet;  // "" for a CSV file
    std::vector<std::vector<std::string>> rows;
    std::vector<int> row_numbers;  // spreadsheet row or CSV line of each row, 1-based (JSON: index)
    bool json = false;             // a JSON answer: places are "rows[i]"

    // "sheet state_M2024_dl, row 512" or "line 512"
    std::string place(std::size_t row) const;
    [[noreturn]] void fail(std::size_t row, const std::string& what) const;
    [[noreturn]] void fail(const std::string& what) const;  // about the whole sheet
};

// A file as found on disk, in a folder or in a zip.
struct InputFile {
    std::string name;    // display name, as in Grid::file
    std::string sha256;  // hex of the file's bytes
    std::vector<Grid> grids;  // the sheets of an .xlsx, or one grid for a CSV
    std::string json_text;    // a JSON file's text (grids empty)
};

// A figure, or the reason it is null.
struct Figure {
    std::optional<StatNumber> value;
    std::string why;
};

struct WageFigures {
    std::string title;  // OCC_TITLE
    Figure median, mean, employment;
    std::string file;
};

struct ProjectionFigures {
    std::string title;
    Figure growth_pct, openings;
    std::string file;
};

struct WageEdition {
    int year = 0;
    std::map<std::string, std::map<std::string, WageFigures>> rows;  // [soc][area: USPS or "US"]
    std::string national_file, state_file;  // "" when the import had none
    std::vector<ImportRecord> records;
};

struct RoundEdition {
    std::string round;  // "2024-2034"
    std::map<std::string, std::map<std::string, ProjectionFigures>> rows;  // [soc][area]
    std::string national_file, state_file;
    std::vector<std::string> publishers;  // "BLS Employment Projections", "Projections Central"
    std::vector<ImportRecord> records;
};

struct PriceLevels {
    std::map<int, std::map<std::string, double>> levels;  // [year][area]
    ImportRecord record;
};

struct OfficialImport {
    std::map<int, WageEdition> wages;
    std::map<std::string, RoundEdition> rounds;
    std::optional<PriceLevels> prices;
};

// The readers. Each returns false when no grid of the file has its header row.
bool read_oews(const InputFile& file, OfficialImport& out);
bool read_employment_projections(const InputFile& file, OfficialImport& out);
bool read_projections_central(const InputFile& file, OfficialImport& out);
bool read_sarpp(const InputFile& file, OfficialImport& out);

// Recognises each file by its header row and reads it; an unknown file is an error.
OfficialImport read_official_files(const std::vector<InputFile>& files);

}  // namespace medmap::data::official
