// `medmap import` of official files: the BLS national workbooks of ../shared (read in the
// test a second way, with ogr2ogr), workbooks, CSV and JSON the test writes, and zips.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdio>
#include <map>
#include <memory>

#include <nlohmann/json.hpp>

#include "core/base/input_error.hpp"
#include "core/base/us_states.hpp"
#include "core/data/csv_table.hpp"
#include "core/data/dataset.hpp"
#include "core/data/importer.hpp"
#include "core/data/official/input_files.hpp"
#include "core/data/text_file.hpp"
#include "official_test_support.hpp"

using namespace medmap;
using namespace medmap::data;
using Catch::Matchers::Contains;

namespace {

const std::filesystem::path kShared = MEDMAP_SHARED_DATA;
const std::filesystem::path kBundled = std::filesystem::path(MEDMAP_SOURCE_DIR) / "stats" / "medmap-stats.json";

std::string bundled_text() { return read_text_file(kBundled); }

Dataset import_into_bundled(const std::vector<std::string>& paths) {
    const std::string text = import_official(bundled_text(), kBundled.string(), official::collect_input_files(paths));
    return parse_dataset(text, "merged");
}

// The workbook's row for `soc`, read by ogr2ogr (GDAL's own header detection) as CSV:
// a second path to the same cells, independent of the importer's reading.
std::map<std::string, std::string> ogr2ogr_row(const std::filesystem::path& xlsx, const std::string& sheet,
                                               const std::string& soc) {
    const std::string command = "ogr2ogr -f CSV /vsistdout/ '" + xlsx.string() + "' '" + sheet + "' 2>/dev/null";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    REQUIRE(pipe);
    std::string csv;
    char buffer[65536];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe.get())) > 0;) csv.append(buffer, n);
    const auto records = parse_csv_records(csv, sheet);
    REQUIRE(records.size() > 1);
    std::vector<std::string> header = records[0].fields;
    for (auto& h : header)
        for (auto& c : h) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (std::size_t r = 1; r < records.size(); ++r) {
        std::map<std::string, std::string> row;
        for (std::size_t c = 0; c < header.size() && c < records[r].fields.size(); ++c) row[header[c]] = records[r].fields[c];
        // The first row of the code: BLS lists the detailed row before the broad one.
        if (row["OCC_CODE"] == soc) return row;
    }
    FAIL("no row for " << soc << " in " << xlsx);
    return {};
}

double as_number(const std::string& text) { return std::stod(text); }

bool have_ogr2ogr() { return std::system("command -v ogr2ogr >/dev/null 2>&1") == 0; }

}  // namespace

TEST_CASE("official national workbooks: US figures equal the workbook rows, read a second way") {
    if (!std::filesystem::is_directory(kShared) || !have_ogr2ogr()) {
        WARN("skipped: ../shared or ogr2ogr (gdal-bin) is absent");
        return;
    }
    const auto dir = kShared / "bls-oews-national-official";
    // specialty -> the code that supplies it from May 2019 (SOC 2018)
    const std::vector<std::pair<std::string, std::string>> checked{
        {"radiologic", "29-2034"}, {"pharmacy", "29-2052"}, {"emt", "29-2040"}, {"lab-technician", "29-2010"}};
    for (int year : {2019, 2020, 2024}) {
        const std::string sheet = "national_M" + std::to_string(year) + "_dl";
        const auto xlsx = dir / (sheet + ".xlsx");
        const Dataset d = import_into_bundled({xlsx.string()});
        REQUIRE(d.has_wage_year(year));
        for (const auto& [slug, soc] : checked) {
            INFO(year << " " << slug);
            const auto row = ogr2ogr_row(xlsx, sheet, soc);
            const Figures us = d.us_figures(slug, year);
            CHECK(us.median_wage == as_number(row.at("A_MEDIAN")));
            CHECK(us.mean_wage == as_number(row.at("A_MEAN")));
            CHECK(us.employment == as_number(row.at("TOT_EMP")));
        }
        // National rows only: the states are no data, with the reason.
        CHECK_FALSE(d.figures("pharmacy", "TX", year).median_wage);
        CHECK_THAT(d.no_data_reason("pharmacy", "TX", year, MetricId::MedianWage), Contains("no BLS state file"));
        // The source line names the edition.
        CHECK_THAT(d.source_citation(year), Contains("OEWS May " + std::to_string(year)));
        // The bundled years are untouched.
        const Dataset bundled = load_dataset(kBundled);
        for (const auto& s : bundled.specialties())
            for (const char* area : {"US", "TX", "VT", "CA"}) {
                const Figures a = bundled.figures(s.slug, area, 2014), b = d.figures(s.slug, area, 2014);
                CHECK(a.median_wage == b.median_wage);
                CHECK(a.employment == b.employment);
                CHECK(a.growth_pct == b.growth_pct);
            }
    }
}

TEST_CASE("the crosswalk names the occupation that supplies a specialty, with its note") {
    if (!std::filesystem::is_directory(kShared)) {
        WARN("skipped: ../shared is absent");
        return;
    }
    const auto dir = kShared / "bls-oews-national-official";
    const Dataset d = import_into_bundled({(dir / "national_M2019_dl.xlsx").string(), (dir / "national_M2024_dl.xlsx").string()});
    for (const char* slug : {"lab-technician", "lab-technologist"}) {
        const SuppliedBy* by = d.wage_supplied_by(slug, 2024);
        REQUIRE(by);
        CHECK(by->soc == "29-2010");
        CHECK(by->title == "Clinical Laboratory Technologists and Technicians");
        CHECK_THAT(by->note, Contains("covers both"));
    }
    CHECK(d.us_figures("lab-technician", 2024).median_wage == 61890);  // PROVENANCE sample
    CHECK(d.wage_supplied_by("dental-hygiene", 2024)->soc == "29-1292");
    CHECK(d.wage_supplied_by("emt", 2019)->soc == "29-2040");
    CHECK(d.us_figures("emt", 2019).median_wage == 35400);  // PROVENANCE sample
    CHECK(d.wage_supplied_by("other-health", 2019)->soc == "29-2098");
    CHECK_FALSE(d.wage_supplied_by("other-health", 2024));  // 29-2099 again
    CHECK_FALSE(d.wage_supplied_by("radiologic", 2024));
    CHECK_FALSE(d.wage_supplied_by("lab-technician", 2014));  // the bundled years use the 2010 codes
    CHECK(d.wage_years() == std::vector<int>{2012, 2013, 2014, 2015, 2019, 2024});
}

TEST_CASE("BLS Employment Projections: a national round, states with the reason") {
    if (!std::filesystem::is_directory(kShared)) {
        WARN("skipped: ../shared is absent");
        return;
    }
    Dataset d = import_into_bundled({(kShared / "bls-ep-national-2024-2034" / "occupation.xlsx").string()});
    CHECK(d.projection_rounds() == std::vector<std::string>{"2012-2022", "2024-2034"});
    CHECK(d.projection_period() == "2012-2022");  // the default stays
    d.use_projection_round("2024-2034");
    // PROVENANCE samples: 29-2034 +4.3%, 12.9 thousand openings; 29-2052 +6.4%, 49.0.
    CHECK(d.us_figures("radiologic", 2014).growth_pct == 4.3);
    CHECK(d.us_figures("radiologic", 2014).openings == 12900);
    CHECK(d.us_figures("pharmacy", 2014).growth_pct == 6.4);
    CHECK(d.us_figures("lab-technologist", 2014).growth_pct == 1.7);
    CHECK(d.projection_supplied_by("lab-technologist")->soc == "29-2010");
    CHECK_FALSE(d.figures("pharmacy", "NV", 2014).growth_pct);
    CHECK_THAT(d.no_data_reason("pharmacy", "NV", 2014, MetricId::Growth), Contains("national only"));
    CHECK_THAT(d.source_citation(2014), Contains("BLS Employment Projections, 2024\u20132034"));
}

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
    // 2014 replaced by the workbook (state rows only: no US row).
    CHECK(d.figures("emt", "TX", 2014).median_wage == 33170);
    CHECK(d.figures("emt", "TX", 2014).employment == 16280);
    CHECK_FALSE(d.figures("emt", "VT", 2014).median_wage);
    CHECK(d.no_data_reason("emt", "VT", 2014, MetricId::MedianWage) == "BLS did not publish this estimate (*)");
    CHECK_THAT(d.no_data_reason("emt", "VT", 2014, MetricId::Employment), Contains("(**)"));
    CHECK_THAT(d.no_data_reason("emt", "CA", 2014, MetricId::MedianWage), Contains("has no California row"));
    CHECK_THAT(d.no_data_reason("emt", "US", 2014, MetricId::MedianWage), Contains("no BLS national file"));
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

TEST_CASE("BEA SARPP: all-items price levels and derived adjusted wages") {
    if (!std::filesystem::is_directory(kShared)) {
        WARN("skipped: ../shared is absent");
        return;
    }
    const Dataset d = load_dataset(kBundled);
    // SARPP_STATE_2008_2023.csv, LineCode 3 "RPPs: All items".
    CHECK(d.price_level("US", 2014) == 100.0);
    const Figures tx = d.figures("emt", "TX", 2014);
    REQUIRE(tx.price_level);
    REQUIRE(tx.median_wage);
    CHECK(tx.adjusted_median_wage == Approx(*tx.median_wage * 100.0 / *tx.price_level));
    CHECK(d.price_level_source()->name == "BEA Regional Price Parities by state (SARPP), all items");
    CHECK_FALSE(d.figures("emt", "TX", 2014).price_level != d.price_level("TX", 2014));
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
