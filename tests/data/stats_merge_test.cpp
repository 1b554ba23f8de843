// Merging imported files into a stats file: a version 1 base is upgraded to the current
// version and keeps its figures; an edition the base has is merged by area and specialty.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/data/dataset.hpp"
#include "official_test_support.hpp"

using namespace medmap::data;
using namespace medmap::test;
using Catch::Matchers::Contains;

TEST_CASE("a version 1 base is upgraded, and its figures kept") {
    if (!std::filesystem::is_directory(kShared)) {
        WARN("skipped: ../shared is absent");
        return;
    }
    // The bundled figures as a version 1 file (no reasons, no editions, no price levels).
    auto v1 = nlohmann::ordered_json::parse(bundled_text());
    const std::string round = v1["projection_period"];
    v1["version"] = 1;
    for (const char* key : {"projection_rounds", "editions", "crosswalk", "price_levels"}) v1.erase(key);
    v1["sources"].erase("bea-rpp");
    for (auto& source : v1["sources"].items()) source.value().erase("imports");
    for (auto& year : v1["wages"].items())
        for (auto& specialty : year.value().items())
            for (auto& area : specialty.value().items()) area.value().erase("no_data");
    for (auto& area : v1["us_all_health_technicians"]["years"].items()) area.value().erase("no_data");
    auto projections = v1["projections"][round];
    for (auto& specialty : projections.items())
        for (auto& area : specialty.value().items()) area.value().erase("no_data");
    v1["projections"] = projections;
    const std::string v1_text = v1.dump(2);
    REQUIRE(parse_dataset(v1_text, "v1").projection_period() == "2012-2022");

    const auto xlsx = kShared / "bls-oews-national-official" / "national_M2020_dl.xlsx";
    const Dataset d = parse_dataset(import_official(v1_text, "v1.json", official::collect_input_files({xlsx.string()})),
                                    "merged");
    CHECK(d.figures("emt", "TX", 2014).median_wage == 33170);
    CHECK(d.figures("emt", "TX", 2014).growth_pct == 28.7);
    CHECK(d.no_data_reason("emt", "MI", 2014, MetricId::Growth) == "the stats file records no reason");
    CHECK(d.has_wage_year(2020));
    CHECK(d.wage_source(2014)->id == "oes");
    CHECK(d.wage_source(2020)->id == "oews-2020");
}

TEST_CASE("a national workbook merged into a year the base has keeps the base's state figures, reasons and sources") {
    const auto xlsx = kShared / "zenbayes-oes-state" / "commit-a49cbd1" / "national_M2014_dl.xlsx";
    if (!std::filesystem::is_regular_file(xlsx)) {
        WARN("skipped: ../shared is absent");
        return;
    }
    const Dataset bundled = load_dataset(kBundled);
    const Dataset d = import_into_bundled({xlsx.string()});
    // The workbook has national rows only: every bundled 2014 state figure stays.
    CHECK(d.figures("emt", "TX", 2014).median_wage == 33170);
    CHECK(d.figures("emt", "TX", 2014).employment == 16280);
    CHECK(d.figures("pharmacy", "CA", 2014).mean_wage == 39710);
    CHECK(d.figures("dental-hygiene", "NY", 2014).median_wage == 68450);
    for (const auto& s : bundled.specialties())
        for (const char* area : {"AL", "CA", "NY", "TX", "VT", "WY"}) {
            INFO(s.slug << " " << area);
            const Figures a = bundled.figures(s.slug, area, 2014), b = d.figures(s.slug, area, 2014);
            CHECK(b.median_wage == a.median_wage);
            CHECK(b.mean_wage == a.mean_wage);
            CHECK(b.employment == a.employment);
        }
    // A bundled null keeps the reason it had.
    CHECK_FALSE(d.figures("mri", "VT", 2014).median_wage);
    CHECK(d.no_data_reason("mri", "VT", 2014, MetricId::MedianWage) ==
          "oes_state_health_techs_2012_2015.csv has no Vermont row for this occupation in May 2014");
    // The year's source names both: the workbook read and the extracts the kept figures came from.
    const Source* source = d.wage_source(2014);
    REQUIRE(source);
    CHECK(source->imports.at(0).file == "national_M2014_dl.xlsx");
    CHECK(std::find(source->extracts.begin(), source->extracts.end(), "oes_state_health_techs_2012_2015.csv") !=
          source->extracts.end());
    CHECK_THAT(source->citation, Contains("ZenBayes"));
    for (const std::string& caveat : source->caveats) CHECK_THAT(caveat, !Contains("National figures only"));
    // The other bundled years keep their own source.
    CHECK(d.wage_source(2015)->id == "oes");
    CHECK(d.figures("emt", "TX", 2015).median_wage == bundled.figures("emt", "TX", 2015).median_wage);
}

TEST_CASE("a state workbook merged into a year with national figures keeps the US figures") {
    const auto national = kShared / "bls-oews-national-official" / "national_M2024_dl.xlsx";
    if (!std::filesystem::is_regular_file(national)) {
        WARN("skipped: ../shared is absent");
        return;
    }
    const auto dir = fresh_dir("merge-state-2024");
    const std::string with_national =
        import_official(bundled_text(), "medmap-stats.json", official::collect_input_files({national.string()}));
    const Dataset base = parse_dataset(with_national, "base");
    REQUIRE(base.us_figures("emt", 2024).median_wage);
    CHECK_THAT(base.no_data_reason("emt", "TX", 2024, MetricId::MedianWage), Contains("no BLS state file"));

    write_xlsx(dir / "state_M2024_dl.xlsx",
               {{"state_M2024_dl",
                 {"AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP",
                  "A_MEAN", "A_MEDIAN"},
                 {{"48", "Texas", "2", "TX", "29-2040", "Emergency Medical Technicians and Paramedics", "broad", "30000",
                   "45000", "43000"},
                  {"8", "Colorado", "2", "CO", "29-2040", "Emergency Medical Technicians and Paramedics", "broad",
                   "5000", "52000", "#"}}}});
    write_zip(dir / "oesm24st.zip", {{"oesm24st/state_M2024_dl.xlsx", file_bytes(dir / "state_M2024_dl.xlsx")}});
    const Dataset d = parse_dataset(
        import_official(with_national, "with-2024.json", official::collect_input_files({(dir / "oesm24st.zip").string()})),
        "merged");
    for (const auto& s : base.specialties()) {
        INFO(s.slug);
        const Figures a = base.us_figures(s.slug, 2024), b = d.us_figures(s.slug, 2024);
        CHECK(b.median_wage == a.median_wage);
        CHECK(b.mean_wage == a.mean_wage);
        CHECK(b.employment == a.employment);
        CHECK(d.no_data_reason(s.slug, "US", 2024, MetricId::MedianWage) ==
              base.no_data_reason(s.slug, "US", 2024, MetricId::MedianWage));
    }
    CHECK(d.figures("emt", "TX", 2024).median_wage == 43000);
    CHECK_THAT(d.no_data_reason("emt", "CO", 2024, MetricId::MedianWage), Contains("(#)"));
    // A state the state file lacks now says so (no longer "no state file was imported").
    CHECK_THAT(d.no_data_reason("emt", "NY", 2024, MetricId::MedianWage), Contains("has no New York row"));
    REQUIRE(d.wage_supplied_by("emt", 2024));
    CHECK(d.wage_supplied_by("emt", 2024)->soc == "29-2040");
    REQUIRE(d.wage_supplied_by("lab-technician", 2024));  // kept from the national workbook
    CHECK(d.wage_supplied_by("lab-technician", 2024)->soc == "29-2010");
    const Source* source = d.wage_source(2024);
    REQUIRE(source);
    REQUIRE(source->imports.size() == 2);
    CHECK(source->imports[0].file == "national_M2024_dl.xlsx");
    CHECK(source->imports[1].file == "oesm24st.zip/state_M2024_dl.xlsx");
    for (const std::string& caveat : source->caveats) {
        CHECK_THAT(caveat, !Contains("National figures only"));
        CHECK_THAT(caveat, !Contains("State figures only"));
    }
    // The base's 2024 lab figures are the SOC 2018 29-2010; a state file with the old
    // 29-2012 cannot be merged into the same year.
    write_xlsx(dir / "state_M2024_lab.xlsx",
               {{"state_M2024_dl",
                 {"AREA_TITLE", "PRIM_STATE", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "A_MEAN", "A_MEDIAN"},
                 {{"Texas", "TX", "29-2012", "Medical and Clinical Laboratory Technicians", "detailed", "9000", "40000",
                   "39000"}}}});
    CHECK_THROWS_WITH(import_official(with_national, "with-2024.json",
                                      official::collect_input_files({(dir / "state_M2024_lab.xlsx").string()})),
                      "state_M2024_lab.xlsx: gives lab-technician 2024 from occupation 29-2012, but the base's 2024 "
                      "figures for it come from 29-2010: one year or round cannot mix two occupations");
}

TEST_CASE("a figure the import gives differently from the base's replaces it, said on one line and kept in the source") {
    const auto dir = fresh_dir("merge-replaced");
    // TX differs from the bundled 33170; AL is the bundled figure again.
    write_xlsx(dir / "state_M2014_dl.xlsx",
               {{"state_M2014_dl",
                 {"AREA", "ST", "STATE", "OCC_CODE", "OCC_TITLE", "OCC_GROUP", "TOT_EMP", "A_MEAN", "A_MEDIAN"},
                 {{"48", "TX", "Texas", "29-2041", "Emergency Medical Technicians and Paramedics", "detailed", "16,280",
                   "35,020", "33,180"},
                  {"1", "AL", "Alabama", "29-2041", "Emergency Medical Technicians and Paramedics", "detailed", "3,510",
                   "29,670", "25,990"}}}});
    {
        // Projections Central 2012-2022 with a Texas pharmacy growth other than the bundled 27.7,
        // and Michigan, which the bundled round lacks.
        std::ofstream csv(dir / "ltprojections.csv");
        csv << "StateFips,Area,OccCode,Title,Base,Projected,Change,PercentChange,AvgAnnualOpenings,BaseYear,ProjYear\n"
               "48,Texas,29-2052,Pharmacy Technicians,100,130,30,30.0,1040,2012,2022\n"
               "26,Michigan,29-2052,Pharmacy Technicians,100,110,10,10.0,300,2012,2022\n";
    }
    std::vector<std::string> replaced;
    const Dataset d = parse_dataset(
        import_official(bundled_text(), kBundled.string(),
                        official::collect_input_files({(dir / "state_M2014_dl.xlsx").string(), (dir / "ltprojections.csv").string()}),
                        &replaced),
        "merged");
    REQUIRE(replaced.size() == 2);
    CHECK(replaced[0] == "May 2014 TX emt median: state_M2014_dl.xlsx gives 33180 and replaces 33170 of "
                         "medmap-stats.json (source oes)");
    CHECK(replaced[1] == "2012-2022 TX pharmacy growth_pct: ltprojections.csv gives 30.0 and replaces 27.7 of "
                         "medmap-stats.json (source projections)");
    CHECK(d.figures("emt", "TX", 2014).median_wage == 33180);
    CHECK(d.figures("emt", "AL", 2014).median_wage == 25990);
    CHECK(d.figures("pharmacy", "TX", 2014).growth_pct == 30.0);
    CHECK(d.figures("pharmacy", "TX", 2014).openings == 1040);
    CHECK(d.figures("pharmacy", "MI", 2014).openings == 300);
    CHECK(d.figures("pharmacy", "CA", 2014).growth_pct == load_dataset(kBundled).figures("pharmacy", "CA", 2014).growth_pct);
    const auto& caveats = d.wage_source(2014)->caveats;
    CHECK(std::find(caveats.begin(), caveats.end(), "Replaced: " + replaced[0] + ".") != caveats.end());
    CHECK(d.projection_source()->id == "projections-2012-2022");
    CHECK_THAT(d.projection_source()->citation, Contains("10KEggs"));
}
