#pragma once
// Lays out what the converter read as the stats JSON document (stats/README.md).
#include <nlohmann/json.hpp>

#include "core/data/import_model.hpp"

namespace medmap::data {

// Every specialty must have a BLS title in data.bls_titles.
nlohmann::ordered_json stats_document(const ImportedData& data);

}  // namespace medmap::data
