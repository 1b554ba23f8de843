#include "core/data/official/stats_upgrade.hpp"

#include <string>

#include "core/data/stats_document.hpp"
#include "core/data/stats_format.hpp"

namespace medmap::data::official {

using nlohmann::ordered_json;

void upgrade_to_v2(ordered_json& doc) {
    if (doc.value("version", 0) != 1) return;
    doc["version"] = stats_format::kVersion;
    const std::string round = doc["projection_period"];
    doc["projection_rounds"] = ordered_json::array({round});
    std::string wage_source = "oes", projection_source = "projections";
    for (const auto& m : doc["metrics"]) {
        if (m["slug"] == "median-wage") wage_source = m["source"];
        if (m["slug"] == "growth") projection_source = m["source"];
    }
    ordered_json wages = ordered_json::object();
    for (const auto& y : doc["wage_years"]) wages[std::to_string(y.get<int>())] = wage_source;
    doc["editions"] = {{"wages", wages}, {"projections", {{round, projection_source}}}};
    doc["crosswalk"] = ordered_json::array();
    doc["projections"] = ordered_json{{round, doc["projections"]}};
    doc = in_layout_order(doc);
}

}  // namespace medmap::data::official
