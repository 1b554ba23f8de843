#pragma once
// The converters that build stats JSON. import_stats builds stats/medmap-stats.json from
// the public extracts in ../shared/data-sources (see their PROVENANCE.md);
// import_official merges official downloads (BLS, Projections Central, BEA) into a
// base stats file. Both copy figures; they never estimate, average or fill a gap: a
// missing or non-numeric cell becomes null, with its reason.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/official/official_model.hpp"

namespace medmap::data {

struct ImportSources {
    std::filesystem::path oes_state_csv;      // oes_state_health_techs_2012_2015.csv
    std::filesystem::path oes_national_csv;   // oes_national_health_techs_2012_2015.csv
    std::filesystem::path projections_csv;    // projections_health_techs_extract.csv
    std::filesystem::path sarpp_csv{};        // SARPP_STATE_2008_2023.csv; empty: no price levels

    // The files inside a data-sources folder laid out like ../shared/data-sources.
    static ImportSources in_folder(const std::filesystem::path& data_sources_dir);
};

// Returns the stats JSON text (pretty-printed, stable key order, trailing newline).
// Throws medmap::InputError naming the file, line and column on malformed input.
std::string import_stats(const ImportSources& sources);

// `base_text` (a stats file of version 1 or 2, named `base_name` in errors) with the
// editions of `files` merged in, as version 2 text. An edition the base has is merged by
// area and specialty: the files replace only the figures they give. Where one differs
// from the base's, the file's stands and `replaced` (if given) gets one line saying so.
// Throws medmap::InputError naming the file and place of the first problem; nothing is
// returned half-merged.
std::string import_official(std::string_view base_text, const std::string& base_name,
                            const std::vector<official::InputFile>& files,
                            std::vector<std::string>* replaced = nullptr);

}  // namespace medmap::data
