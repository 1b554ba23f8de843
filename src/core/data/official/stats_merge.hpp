#pragma once
// Merging official editions into a stats document (format version 2). An imported wage
// year or projection round replaces the same one of the base; everything else of the
// base stays as it was.
#include <nlohmann/json.hpp>

#include "core/data/official/official_model.hpp"

namespace medmap::data::official {

// A version 1 document as version 2: its one round keyed by name, each edition's source
// named, no crosswalk entries, no reasons (the loader then says none was recorded).
void upgrade_to_v2(nlohmann::ordered_json& doc);

// Adds the editions and price levels of `imported` to `doc` (version 2), with the
// crosswalk entries, reasons for every null figure and a source per edition.
void merge_official(nlohmann::ordered_json& doc, const OfficialImport& imported);

}  // namespace medmap::data::official
