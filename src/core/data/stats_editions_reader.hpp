#pragma once
// The parts of a version 2 stats file that version 1 lacks: which source supplies each
// edition, the crosswalk entries, BEA price levels and the records of imported files.
// Used by the loader; every check fails at its JSON path.
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/data/dataset_builder.hpp"
#include "core/data/json_checker.hpp"

namespace medmap::data {

struct EditionsReader {
    const JsonChecker& check;
    Dataset::Builder& builder;
    const std::vector<int>& wage_years;
    const std::vector<std::string>& rounds;
    const std::set<std::string>& slugs;
    const std::set<std::string>& source_ids;

    // {"wages": {"2014": "oes", ...}, "projections": {"2012-2022": "projections", ...}}:
    // exactly the wage years and rounds, each naming a source.
    void read_editions(const nlohmann::json& editions) const;
    // [{"kind": "wages", "edition": "2024", "slug", "soc", "title", "note"}, ...]
    void read_crosswalk(const nlohmann::json& crosswalk) const;
    // {"source": "bea-rpp", "years": {"2014": {"US": 100.0, "AL": 86.9, ...}}}
    void read_price_levels(const nlohmann::json& levels) const;
};

std::vector<ImportRecord> read_import_records(const JsonChecker& check, const nlohmann::json& list,
                                              const std::string& path);

}  // namespace medmap::data
