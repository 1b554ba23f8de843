#pragma once
// The sentences that say why a figure is null. One home, so the stats file, the tests and
// every view use the same words ("BLS did not publish this estimate (*)").
#include <string>
#include <string_view>

#include "core/data/bls_cell.hpp"

namespace medmap::data::reasons {

// A cell holding a BLS code, or blank, in `file`.
std::string for_cell(BlsCell::Kind kind, std::string_view file);
// "state employment for May 2012 is not available in the source"
std::string state_employment_lost(int year);
// "oes_state.csv has no Vermont row for this occupation in May 2014"
std::string no_wage_row(std::string_view file, std::string_view area_name, int year);
// "Projections Central's file has no Nevada row for this occupation"
std::string no_projection_row(std::string_view area_name);
// "Projections Central's file has no rows for Michigan"
std::string no_projection_area(std::string_view area_name);
// A wage year whose import had no state rows / no national rows.
std::string no_state_file(int year);
std::string no_national_file(int year);
// A round with national figures only (BLS Employment Projections).
std::string national_only_round(std::string_view round);
std::string no_national_projection(std::string_view round);
// The file has no row for the specialty's code nor for any code that may stand in for it.
std::string no_occupation(std::string_view file, std::string_view soc);

}  // namespace medmap::data::reasons
