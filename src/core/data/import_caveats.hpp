#pragma once
// Caveats the converter derives from the data it read: which cells became null and why,
// which rows the sources lack. Written out in full so nobody has to guess.
#include <string>
#include <vector>

#include "core/data/import_model.hpp"

namespace medmap::data {

// The "*", "#" and blank cells of one source file.
std::vector<std::string> null_cell_caveats(const ImportedData& data, const FileNotes& file);
// Rows the OES state and national files lack among the areas and years the app shows.
std::vector<std::string> missing_oes_row_caveats(const ImportedData& data);
// Areas, and area-occupation pairs, the projections file lacks.
std::vector<std::string> missing_projection_caveats(const ImportedData& data);
// Which territories' rows were left out of a file, if any.
std::vector<std::string> territory_caveats(const FileNotes& file);

}  // namespace medmap::data
