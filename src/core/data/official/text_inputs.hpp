#pragma once
// Turning file bytes into the readers' InputFile: CSV and JSON here (no GDAL needed);
// workbooks are read by input_files.hpp with GDAL's XLSX driver.
#include <string>
#include <string_view>

#include "core/data/official/official_model.hpp"

namespace medmap::data::official {

std::string sha256_hex(std::string_view bytes);

// A CSV file: one grid, rows numbered by line.
InputFile csv_input(const std::string& name, std::string_view bytes);
// A Projections Central API answer {"rows": [{...}, ...], "pager": {...}}: one grid whose
// header is the keys of the rows and whose places are "rows[i]".
InputFile json_input(const std::string& name, std::string_view bytes);

}  // namespace medmap::data::official
