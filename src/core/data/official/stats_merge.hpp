#pragma once
// Merging official editions into a stats document (format version 2). An imported wage
// year or projection round the base lacks is added whole; one the base has is merged by
// area and specialty (edition_merge.hpp): the import adds, and replaces only what it gives.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/data/official/official_model.hpp"

namespace medmap::data::official {

// Adds the editions and price levels of `imported` to `doc` (version 2), with the
// crosswalk entries, reasons for every null figure and a source per edition. Returns one
// line per figure of the base (named `base_name`) that the import replaced by a
// different one; each is also kept among the edition source's caveats.
std::vector<std::string> merge_official(nlohmann::ordered_json& doc, const OfficialImport& imported,
                                        const std::string& base_name = "the base");

}  // namespace medmap::data::official
