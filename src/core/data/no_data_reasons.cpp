#include "core/data/no_data_reasons.hpp"

namespace medmap::data::reasons {

std::string for_cell(BlsCell::Kind kind, std::string_view file) {
    switch (kind) {
    case BlsCell::Kind::NotPublished: return "BLS did not publish this estimate (*)";
    case BlsCell::Kind::TopCoded:
        return "BLS publishes only that this wage is at or above the top of its range (#)";
    case BlsCell::Kind::Blank:
    case BlsCell::Kind::Number:
    case BlsCell::Kind::NotANumber: break;
    }
    return std::string(file) + " leaves this cell blank";
}

std::string state_employment_lost(int year) {
    return "state employment for May " + std::to_string(year) + " is not available in the source";
}

std::string no_wage_row(std::string_view file, std::string_view area_name, int year) {
    return std::string(file) + " has no " + std::string(area_name) + " row for this occupation in May " +
           std::to_string(year);
}

std::string no_projection_row(std::string_view area_name) {
    return "Projections Central's file has no " + std::string(area_name) + " row for this occupation";
}

std::string no_projection_area(std::string_view area_name) {
    return "Projections Central's file has no rows for " + std::string(area_name);
}

std::string no_state_file(int year) {
    return "no BLS state file for May " + std::to_string(year) + " was imported, only national figures";
}

std::string no_national_file(int year) {
    return "no BLS national file for May " + std::to_string(year) + " was imported";
}

std::string national_only_round(std::string_view round) {
    return "the " + std::string(round) +
           " projections imported are national only (no Projections Central state file for that round)";
}

std::string no_national_projection(std::string_view round) {
    return "no national projection for " + std::string(round) + " was imported";
}

std::string no_occupation(std::string_view file, std::string_view soc) {
    return std::string(file) + " has no row for " + std::string(soc) + " or an occupation that stands in for it";
}

}  // namespace medmap::data::reasons
