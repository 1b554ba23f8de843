#pragma once
// The importer writes format version 2; the loader still reads version 1. These tests
// edit a document to check the loader's answers, on a version 1 document made from the
// importer's output: the same figures without what version 2 adds.
#include <string>

#include <nlohmann/json.hpp>

namespace medmap::test {

template <typename Json>
Json as_version1(Json doc) {
    const std::string round = doc["projection_period"];
    doc["version"] = 1;
    for (const char* key : {"projection_rounds", "editions", "crosswalk", "price_levels"}) doc.erase(key);
    doc["sources"].erase("bea-rpp");
    for (auto& item : doc["sources"].items()) item.value().erase("imports");
    auto strip = [](Json& by_area) {
        for (auto& area : by_area.items()) area.value().erase("no_data");
    };
    for (auto& year : doc["wages"].items())
        for (auto& specialty : year.value().items()) strip(specialty.value());
    strip(doc["us_all_health_technicians"]["years"]);
    Json projections = doc["projections"][round];
    for (auto& specialty : projections.items()) strip(specialty.value());
    doc["projections"] = projections;
    return doc;
}

}  // namespace medmap::test
