#include "core/data/importer.hpp"

#include "core/base/input_error.hpp"
#include "core/data/import_model.hpp"
#include "core/data/stats_catalog.hpp"
#include "core/data/stats_document.hpp"

namespace medmap::data {

ImportSources ImportSources::in_folder(const std::filesystem::path& data_sources_dir) {
    const auto oes = data_sources_dir / "zenbayes-oes-state";
    return ImportSources{
        oes / "oes_state_health_techs_2012_2015.csv",
        oes / "oes_national_health_techs_2012_2015.csv",
        data_sources_dir / "10keggs-projections-2012-2022" / "projections_health_techs_extract.csv",
    };
}

std::string import_stats(const ImportSources& sources) {
    ImportedData data;
    read_oes_national(sources.oes_national_csv, data);
    // Each specialty's title is copied from here, and the other files are checked against it.
    auto require_title = [&](std::string_view soc) {
        if (!data.bls_titles.contains(std::string(soc)))
            throw InputError(sources.oes_national_csv.string(), "",
                             "no row for " + std::string(soc) + ", so its BLS title is unknown");
    };
    for (const auto& s : catalog::kSpecialties) require_title(s.soc);
    require_title(catalog::kAllHealthTechnicians.soc);

    read_oes_state(sources.oes_state_csv, data);
    read_projections(sources.projections_csv, data);
    return stats_document(data).dump(2) + "\n";
}

}  // namespace medmap::data
