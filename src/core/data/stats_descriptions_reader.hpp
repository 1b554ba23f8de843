#pragma once
// The parts of a stats file that describe rather than count: the specialties, the
// sources with their provenance, and the metrics. Used by the loader; every check fails
// at its JSON path, and none of these problems can be dropped with --lenient.
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "core/data/dataset_builder.hpp"
#include "core/data/json_checker.hpp"

namespace medmap::data {

// One specialty's description ({"slug", "soc", "name", "bls_title", "article_name", "note"}).
Specialty read_specialty(const JsonChecker& check, const nlohmann::json& v, const std::string& path);

struct DescriptionsReader {
    const JsonChecker& check;
    Dataset::Builder& builder;
    int version;
    std::set<std::string>& slugs;       // filled by read_specialties
    std::set<std::string>& source_ids;  // filled by read_sources, read by read_metrics

    void read_specialties(const nlohmann::json& list) const;
    void read_sources(const nlohmann::json& sources) const;
    // Exactly the five metrics the app knows, each naming a source read before.
    void read_metrics(const nlohmann::json& list) const;
};

}  // namespace medmap::data
