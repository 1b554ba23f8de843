#pragma once
// The converter that builds stats/medmap-stats.json from the public extracts in
// ../shared/data-sources (see their PROVENANCE.md). It copies figures; it never
// estimates, averages or fills a gap: a missing or non-numeric cell becomes null.
#include <filesystem>
#include <string>

namespace medmap::data {

struct ImportSources {
    std::filesystem::path oes_state_csv;      // oes_state_health_techs_2012_2015.csv
    std::filesystem::path oes_national_csv;   // oes_national_health_techs_2012_2015.csv
    std::filesystem::path projections_csv;    // projections_health_techs_extract.csv

    // The three files inside a data-sources folder laid out like ../shared/data-sources.
    static ImportSources in_folder(const std::filesystem::path& data_sources_dir);
};

// Returns the stats JSON text (pretty-printed, stable key order, trailing newline).
// Throws medmap::InputError naming the file, line and column on malformed input.
std::string import_stats(const ImportSources& sources);

}  // namespace medmap::data
