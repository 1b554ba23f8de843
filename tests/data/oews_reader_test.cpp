// The OEWS workbooks: the BLS national workbooks of ../shared (read in the test a second
// way, with ogr2ogr) and the crosswalk of the codes that supply a specialty since 2019.
#include <catch2/catch.hpp>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>

#include "core/data/csv_table.hpp"
#include "core/data/dataset.hpp"
#include "official_test_support.hpp"
#include "../support/temp_dir.hpp"

using namespace medmap;
using namespace medmap::data;
using namespace medmap::test;
using Catch::Matchers::Contains;

namespace {

// TMPDIR pointing to a fresh folder for as long as this lives; the folder is removed after.
struct PrivateTmpdir {
    test::TempDir folder;
    std::string previous;
    bool had_previous = false;
    PrivateTmpdir() {
        if (const char* old = std::getenv("TMPDIR")) previous = old, had_previous = true;
        ::setenv("TMPDIR", folder.path().c_str(), 1);
    }
    ~PrivateTmpdir() {
        if (had_previous) ::setenv("TMPDIR", previous.c_str(), 1);
        else ::unsetenv("TMPDIR");
    }
    PrivateTmpdir(const PrivateTmpdir&) = delete;
    PrivateTmpdir& operator=(const PrivateTmpdir&) = delete;
};

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

TEST_CASE("the May 2012 to 2015 BLS national workbooks (one sheet, national_dl, .xls to 2013) take their year from the file name") {
    const auto dir = kShared / "zenbayes-oes-state" / "commit-a49cbd1";
    if (!std::filesystem::is_directory(dir)) {
        WARN("skipped: ../shared is absent");
        return;
    }
    // Unmodified BLS downloads: no Field Descriptions sheet, no year in the sheet's name.
    const Dataset bundled = load_dataset(kBundled);
    // The import's temporary copies go to this test's own TMPDIR: other tests importing
    // .xls files at the same time write copies to /tmp that this check must not see.
    const PrivateTmpdir tmpdir;
    auto temporary_copies = [&tmpdir] {
        std::set<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(tmpdir.folder.path()))
            if (entry.path().filename().string().starts_with("medmap-import-")) names.insert(entry.path().string());
        return names;
    };
    const auto copies_before = temporary_copies();
    for (int year : {2012, 2013, 2014, 2015}) {
        // May 2012 and 2013 are Excel 97 workbooks, read through a temporary file.
        const auto xlsx = dir / ("national_M" + std::to_string(year) + (year < 2014 ? "_dl.xls" : "_dl.xlsx"));
        const Dataset d = import_into_bundled({xlsx.string()});
        CHECK_THAT(d.source_citation(year), Contains("OEWS May " + std::to_string(year)));
        CHECK(d.wage_source(year)->imports.at(0).sheet == "national_dl");
        // The bundled US figures came from these very workbooks (through the extract).
        for (const auto& s : bundled.specialties()) {
            INFO(year << " " << s.slug);
            const Figures a = bundled.us_figures(s.slug, year), b = d.us_figures(s.slug, year);
            CHECK(b.median_wage == a.median_wage);
            CHECK(b.mean_wage == a.mean_wage);
            CHECK(b.employment == a.employment);
        }
    }
    // An .xls inside a zip, as a download would come.
    const auto zip = fresh_dir("oews-xls-zip") / "oesm13nat.zip";
    write_zip(zip, {{"oesm13nat/national_M2013_dl.xls", file_bytes(dir / "national_M2013_dl.xls")}});
    CHECK(import_into_bundled({zip.string()}).us_figures("emt", 2013).median_wage ==
          bundled.us_figures("emt", 2013).median_wage);
    CHECK(temporary_copies() == copies_before);  // the .xls copies are gone
    // Renamed, the same workbook names no year anywhere: one line says where it looked.
    const auto renamed = fresh_dir("oews-renamed") / "national.xlsx";
    std::filesystem::copy_file(dir / "national_M2014_dl.xlsx", renamed);
    CHECK_THROWS_WITH(import_into_bundled({renamed.string()}),
                      Contains("national.xlsx: sheet national_dl: cannot tell which May year this BLS OEWS file holds"));
}
