#pragma once
// Merging an imported edition (a wage year or a projection round) into the same edition
// of the base, so an import only adds: a figure is replaced only where the imported files
// give that area and specialty, and everything else of the base stays with its reason
// and its source.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/data/dataset.hpp"

namespace medmap::data::official {

// One edition's cells as made from the import, and what the import covered.
struct ImportedCells {
    const nlohmann::ordered_json& cells;  // [slug][area] -> {field: number or null, "no_data": {...}}
    // (slug, area) -> the file whose row gave that cell; a cell not here came from no row.
    std::map<std::pair<std::string, std::string>, std::string> rows;
    bool national = false, states = false;  // the import had a national / a state file
    // The reasons a base cell may give for the area kind this import now covers ("no BLS
    // state file for May 2024 was imported"); they are no longer true and are replaced.
    std::string national_absent, states_absent;
    std::string edition;  // "May 2014", "2012-2022": for the notes
};

// The source entry of an imported edition: what it is, how to cite it, and each file read.
nlohmann::ordered_json source_json(const std::string& name, const std::string& citation,
                                   const std::string& short_citation, const std::vector<ImportRecord>& records,
                                   std::vector<std::string> caveats);

// Merges `imported` into `base` ([slug][area], the same edition of the base). Returns
// one line per figure of the base replaced by a different one ("May 2014 TX emt median:
// state_M2014_dl.xlsx gives 33180 and replaces 33170 of medmap-stats.json (source oes)").
std::vector<std::string> merge_cells(nlohmann::ordered_json& base, const ImportedCells& imported,
                                     const std::string& base_name, const std::string& base_source);

// Whether any cell of `cells` ([slug][area]) has a figure, for the national area or for a state.
bool has_figures(const nlohmann::ordered_json& cells, bool national);

// The source of a merged edition: `imported` (the import's source entry) extended by the
// base's (`base`, or the same id: the import adds its files to it). Both files stay listed.
nlohmann::ordered_json merged_source(const nlohmann::ordered_json& base, nlohmann::ordered_json imported,
                                     bool same_id, const std::vector<std::string>& replaced);

// The crosswalk entry of `slug` in an edition ("kind": "wages" or "projections") now comes
// from the import: the base's is dropped first. When the base's figures of that specialty
// came from another occupation code than `code`, the two cannot share the edition: an
// InputError naming `file`.
void replace_crosswalk(nlohmann::ordered_json& doc, const std::string& kind, const std::string& edition,
                       const std::string& slug, const std::string& soc, const std::string& code,
                       const std::string& file);

}  // namespace medmap::data::official
