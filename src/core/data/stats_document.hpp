#pragma once
// Lays out what the converter read as the stats JSON document (stats/README.md).
#include <nlohmann/json.hpp>

#include "core/data/import_model.hpp"

namespace medmap::data {

// The version 2 document for the extracts of ../shared/data-sources. Every specialty must
// have a BLS title in data.bls_titles.
nlohmann::ordered_json stats_document(const ImportedData& data);

// `doc` with its top-level keys in the documented order, so the same figures always
// give the same bytes however the document was assembled.
nlohmann::ordered_json in_layout_order(const nlohmann::ordered_json& doc);

}  // namespace medmap::data
