#pragma once
// The "sources" entries of the stats JSON: where the figures came from (from each source
// folder's PROVENANCE.md) and their caveats, fixed ones and ones derived from the data.
#include <nlohmann/json.hpp>

#include "core/data/import_model.hpp"

namespace medmap::data {

nlohmann::ordered_json oes_source(const ImportedData& data);
nlohmann::ordered_json projections_source(const ImportedData& data);

}  // namespace medmap::data
