// `medmap import` of official files: state workbooks, CSV and JSON the test writes, and
// zips; bad official input; the reasons of the bundled null figures; the executable.
// The readers of single editions have their own tests (oews_reader_test.cpp, ...).
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>

#include "core/base/input_error.hpp"
#include "core/base/us_states.hpp"
#include "core/data/dataset.hpp"
#include "official_test_support.hpp"

using namespace medmap;
using namespace medmap::data;
using medmap::test::bundled_text;
using medmap::test::import_into_bundled;
using medmap::test::kBundled;
using medmap::test::kShared;
using Catch::Matchers::Contains;

TEST_CASE("state workbooks in the 2014 and 2024 layouts, zipped, and Projections Central CSV and JSON") {
    const auto dir = test::fresh_dir("official-state");
    // 2014 layout: AREA/ST/STATE, OCC_GROUP, upper case, text cells with thousands commas.
    test::write_xlsx(dir / "state_M2014_dl.xlsx",
                     {{"state_M2014_dl",
                       {"AREA", "ST", "STATE", "OCC_CODE", "OCC_TITLE", "OCC_GROUP", "TOT_EMP", "A_MEAN", "A_MEDIAN"},
                       {{"48", "TX", "Texas", "29-2041", "Emergency Medical Technicians and Paramedics", "detailed",
                         "16,280", "35,020", "33,170"},
                        {"50", "VT", "Vermont", "29-2041", "Emergency Medical Technicians and Paramedics", "detailed",
                         "**", "*", "*"},
                        {"72", "PR", "Puerto Rico", "29-2041", "Emergency Medical Technicians and Paramedics",
                         "detailed", "1,000", "20,000", "19,000"}}}});
    // 2024 layout: AREA_TITLE/PRIM_STATE, O_GROUP, lower case headers, numeric cells.
    test::write_xlsx(dir / "state_M2024_dl.xlsx",
                     {{"state_M2024_dl",
                       {"area", "area_title", "area_type", "prim_state", "occ_code", "occ_title", "o_group", "tot_emp",
                        "a_mean", "a_median"},
                       {{"48", "Texas", "2", "TX", "29-2040", "Emergency Medical Technicians and Paramedics", "broad",
                         "30000", "45000.5", "43000"},
                        {"8", "Colorado", "2", "CO", "29-2040", "Emergency Medical Technicians and Paramedics", "broad",
                         "5000", "52000", "#"}},
                       {false, false, false, false, false, false, false, true, true, false}}});
    test::write_zip(dir / "oesm14st.zip", {{"oesm14st/state_M2014_dl.xlsx", test::file_bytes(dir / "state_M2014_dl.xlsx")},
                                           {"oesm14st/readme.txt", "not a table"}});
    test::write_zip(dir / "oesm24st.zip", {{"state_M2024_dl.xlsx", test::file_bytes(dir / "state_M2024_dl.xlsx")}});
    {
        std::ofstream csv(dir / "ltprojections.csv");
        csv << "StateFips,Area,OccCode,Title,Base,Projected,Change,PercentChange,AvgAnnualOpenings,BaseYear,ProjYear\n"
               "48,Texas,29-2052,Pharmacy Technicians,\"30,000\",\"33,000\",\"3,000\",10.0,\"3,100\",2022,2032\n"
               "06,California,29-2052,Pharmacy Technicians,\"40,000\",\"42,000\",\"2,000\",5.0,\"4,000\",2022,2032\n";
        std::ofstream json(dir / "pc-nv.json");
        json << R"({"rows":[{"Area":"Nevada","Title":"Pharmacy Technicians","Base":"4000","Projected":"4400",)"
                R"("Change":"400","PercentChange":"10.0","AvgAnnualOpenings":"450","STFIPS":"32","StateURL":"nv",)"
                R"("OccCode":"29-2052","BaseYear":"2022","ProjYear":"2032"}],"pager":{"page":1}})";
    }
    Dataset d = import_into_bundled({(dir / "oesm14st.zip").string(), (dir / "oesm24st.zip").string(),
                                     (dir / "ltprojections.csv").string(), (dir / "pc-nv.json").string()});
    // 2014 merged with the bundled year: the workbook's rows replace those cells (VT's '*'
    // over the bundled figure); California and the US, which it lacks, keep the bundled ones.
    CHECK(d.figures("emt", "TX", 2014).median_wage == 33170);
    CHECK(d.figures("emt", "TX", 2014).employment == 16280);
    CHECK_FALSE(d.figures("emt", "VT", 2014).median_wage);
    CHECK(d.no_data_reason("emt", "VT", 2014, MetricId::MedianWage) == "BLS did not publish this estimate (*)");
    CHECK_THAT(d.no_data_reason("emt", "VT", 2014, MetricId::Employment), Contains("(**)"));
    const Dataset bundled = load_dataset(kBundled);
    CHECK(d.figures("emt", "CA", 2014).median_wage == bundled.figures("emt", "CA", 2014).median_wage);
    CHECK(d.us_figures("emt", 2014).median_wage == bundled.us_figures("emt", 2014).median_wage);
    CHECK_THAT(d.wage_source(2014)->imports.at(0).caveats.back(), Contains("Puerto Rico"));
    CHECK(d.wage_source(2014)->imports.at(0).file == "oesm14st.zip/state_M2014_dl.xlsx");
    CHECK(d.wage_source(2014)->imports.at(0).sha256.size() == 64);
    // 2024: numeric cells, the broad 29-2040 row, '#' as a code.
    CHECK(d.figures("emt", "TX", 2024).mean_wage == 45000.5);
    CHECK(d.figures("emt", "TX", 2024).employment == 30000);
    CHECK_FALSE(d.figures("emt", "CO", 2024).median_wage);
    CHECK_THAT(d.no_data_reason("emt", "CO", 2024, MetricId::MedianWage), Contains("(#)"));
    CHECK(d.wage_supplied_by("emt", 2024)->soc == "29-2040");
    // Projections Central 2022-2032 from a CSV and a JSON answer.
    d.use_projection_round("2022-2032");
    CHECK(d.figures("pharmacy", "TX", 2014).growth_pct == 10.0);
    CHECK(d.figures("pharmacy", "TX", 2014).openings == 3100);
    CHECK(d.figures("pharmacy", "NV", 2014).openings == 450);
    CHECK_THAT(d.no_data_reason("pharmacy", "NY", 2014, MetricId::Growth), Contains("no rows for New York"));
}

TEST_CASE("bad official input is one line naming the file and the place, and nothing is imported") {
    const auto dir = test::fresh_dir("official-bad");
    test::write_xlsx(dir / "state_M2024_dl.xlsx",
                     {{"state_M2024_dl",
                       {"AREA_TITLE", "PRIM_STATE", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "A_MEAN", "A_MEDIAN"},
                       {{"Texas", "TX", "29-2052", "Pharmacy Technicians", "detailed", "100", "200", "300"},
                        {"Texas", "TX", "29-2055", "Surgical Technologists", "detailed", "100", "200", "abc"}}}});
    auto import = [&](const std::vector<std::string>& paths) {
        return import_official(bundled_text(), "medmap-stats.json", official::collect_input_files(paths));
    };
    CHECK_THROWS_WITH(import({(dir / "state_M2024_dl.xlsx").string()}),
                      "state_M2024_dl.xlsx: sheet state_M2024_dl, row 3: A_MEDIAN 'abc' is not a number or a BLS code");
    test::write_xlsx(dir / "no_code.xlsx", {{"state_M2024_dl", {"AREA_TITLE", "A_MEDIAN"}, {{"Texas", "1"}}}});
    CHECK_THROWS_WITH(import({(dir / "no_code.xlsx").string()}), Contains("no_code.xlsx: no sheet has the header row"));
    {
        std::ofstream a(dir / "a.csv"), b(dir / "b.csv");
        const char* header = "StateFips,OccCode,PercentChange,AvgAnnualOpenings,BaseYear,ProjYear\n";
        a << header << "32,29-2052,5.0,10,2024,2034\n";
        b << header << "32,29-2052,6.0,12,2024,2034\n";
    }
    CHECK_THROWS_WITH(import({(dir / "a.csv").string(), (dir / "b.csv").string()}),
                      "b.csv: a.csv and this file both give NV 29-2052 for 2024-2034");
    CHECK_THROWS_WITH(import({(dir / "missing.xlsx").string()}), Contains("missing.xlsx: no such file or folder"));
    // A file of another kind is named; a folder or zip with nothing to read is refused
    // rather than writing the base back as if the import had worked.
    std::ofstream(dir / "notes.txt") << "not read";
    CHECK_THROWS_WITH(import({(dir / "notes.txt").string()}),
                      Contains("notes.txt: not a file medmap import reads (.xlsx, .xls, .csv, .json, a .zip of them, or a folder)"));
    std::filesystem::create_directories(dir / "oesm12st");
    std::filesystem::copy_file(dir / "notes.txt", dir / "oesm12st" / "readme.txt");
    CHECK_THROWS_WITH(import({(dir / "oesm12st").string()}),
                      Contains("oesm12st: holds no .xlsx, .xls, .csv or .json file for medmap import"));
    test::write_zip(dir / "oesm12st.zip", {{"oesm12st/readme.txt", "not read"}});
    CHECK_THROWS_WITH(import({(dir / "oesm12st.zip").string()}),
                      Contains("oesm12st.zip: holds no .xlsx, .xls, .csv or .json file for medmap import"));
    // An Excel 97 workbook (BLS's May 2012 and 2013 files) that is damaged, alone or zipped.
    std::ofstream(dir / "state_M2012_dl.xls") << "not a workbook";
    CHECK_THROWS_WITH(import({(dir / "state_M2012_dl.xls").string()}),
                      Contains("state_M2012_dl.xls: is not a workbook GDAL's XLS driver can read"));
    test::write_zip(dir / "oesm12bad.zip", {{"oesm12st/state_M2012_dl.xls", "not a workbook"}});
    CHECK_THROWS_WITH(import({(dir / "oesm12bad.zip").string()}),
                      Contains("oesm12bad.zip/state_M2012_dl.xls: is not a workbook GDAL's XLS driver can read"));
    std::ofstream(dir / "damaged.xlsx") << "PK but not a workbook";
    CHECK_THROWS_WITH(import({(dir / "damaged.xlsx").string()}),
                      Contains("damaged.xlsx: is not a workbook GDAL's XLSX driver can read"));
}

TEST_CASE("every null figure of the bundled stats carries its reason") {
    const Dataset d = load_dataset(kBundled);
    std::size_t nulls = 0;
    const MetricId metrics[] = {MetricId::MedianWage, MetricId::MeanWage, MetricId::Employment, MetricId::Growth,
                                MetricId::Openings};
    std::vector<std::string> areas{"US"};
    for (const auto& s : states_and_dc()) areas.emplace_back(s.usps);
    for (int year : d.wage_years())
        for (const auto& s : d.specialties())
            for (const std::string& area : areas)
                for (MetricId m : metrics)
                    if (!d.figures(s.slug, area, year).get(m)) {
                        ++nulls;
                        const std::string why = d.no_data_reason(s.slug, area, year, m);
                        INFO(year << " " << s.slug << " " << area);
                        CHECK_FALSE(why.empty());
                        CHECK(why != "the stats file records no reason");
                    }
    CHECK(nulls > 1000);  // 2012-2013 state employment alone
    CHECK(d.no_data_reason("emt", "TX", 2012, MetricId::Employment) ==
          "state employment for May 2012 is not available in the source");
    CHECK(d.no_data_reason("emt", "NV", 2014, MetricId::Growth) ==
          "Projections Central's file has no Nevada row for this occupation");
    CHECK(d.no_data_reason("mri", "VT", 2013, MetricId::MedianWage) == "BLS did not publish this estimate (*)");
}

TEST_CASE("medmap import through the executable: a bad file writes nothing, a good one a loadable file") {
    if (!std::filesystem::is_directory(kShared)) {
        WARN("skipped: ../shared is absent");
        return;
    }
    const auto dir = test::fresh_dir("official-cli");
    test::write_xlsx(dir / "bad.xlsx", {{"state_M2024_dl",
                                         {"PRIM_STATE", "OCC_CODE", "OCC_TITLE", "TOT_EMP", "A_MEAN", "A_MEDIAN"},
                                         {{"TX", "29-2052", "Pharmacy Technicians", "1", "2", "n/a"}}}});
    const std::string exe = MEDMAP_EXE;
    const std::string good = (kShared / "bls-oews-national-official" / "national_M2024_dl.xlsx").string();
    const auto out = dir / "out.json";
    const int bad_status = std::system(("'" + exe + "' import '" + good + "' '" + (dir / "bad.xlsx").string() +
                                        "' --out '" + out.string() + "' 2>'" + (dir / "err.txt").string() + "'")
                                           .c_str());
    CHECK(WEXITSTATUS(bad_status) == 1);
    CHECK_FALSE(std::filesystem::exists(out));  // nothing half-imported
    CHECK(test::file_bytes(dir / "err.txt") ==
          "medmap: bad.xlsx: sheet state_M2024_dl, row 2: A_MEDIAN 'n/a' is not a number or a BLS code\n");
    const int good_status =
        std::system(("'" + exe + "' import '" + good + "' --out '" + out.string() + "' 2>/dev/null").c_str());
    CHECK(WEXITSTATUS(good_status) == 0);
    const Dataset d = load_dataset(out);
    CHECK(d.us_figures("radiologic", 2024).median_wage == 77660);
}
