#include "core/data/importer.hpp"

#include "core/base/input_error.hpp"
#include "core/data/dataset.hpp"
#include "core/data/import_model.hpp"
#include "core/data/official/stats_merge.hpp"
#include "core/data/official/stats_upgrade.hpp"
#include "core/data/official/text_inputs.hpp"
#include "core/data/stats_catalog.hpp"
#include "core/data/stats_document.hpp"
#include "core/data/stats_format.hpp"
#include "core/data/text_file.hpp"

namespace medmap::data {

ImportSources ImportSources::in_folder(const std::filesystem::path& data_sources_dir) {
    const auto oes = data_sources_dir / "zenbayes-oes-state";
    return ImportSources{
        oes / "oes_state_health_techs_2012_2015.csv",
        oes / "oes_national_health_techs_2012_2015.csv",
        data_sources_dir / "10keggs-projections-2012-2022" / "projections_health_techs_extract.csv",
        data_sources_dir / "bea-rpp-state" / "SARPP_STATE_2008_2023.csv",
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
    nlohmann::ordered_json doc = stats_document(data);
    if (!sources.sarpp_csv.empty()) {
        // The file name only, so the output does not depend on where the file was read.
        const official::InputFile sarpp = official::csv_input(sources.sarpp_csv.filename().string(),
                                                              read_text_file(sources.sarpp_csv));
        official::OfficialImport prices;
        if (!official::read_sarpp(sarpp, prices))
            throw InputError(sources.sarpp_csv.string(), "", "not a BEA SARPP file (no GeoFIPS, LineCode header)");
        official::merge_official(doc, prices);
    }
    return doc.dump(2) + "\n";
}

std::string import_official(std::string_view base_text, const std::string& base_name,
                            const std::vector<official::InputFile>& files, std::vector<std::string>* replaced) {
    parse_dataset(base_text, base_name);  // a base the app would refuse is refused here
    nlohmann::ordered_json doc = nlohmann::ordered_json::parse(base_text);
    official::upgrade_to_v2(doc);
    std::vector<std::string> lines = official::merge_official(doc, official::read_official_files(files), base_name);
    if (replaced) *replaced = std::move(lines);
    std::string text = doc.dump(2) + "\n";
    // The result must load; a failure here is a bug of the importer, reported as such.
    parse_dataset(text, "the merged stats");
    return text;
}

}  // namespace medmap::data
