// Malformed source CSVs: each error is one line naming the file, the line and the field.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

#include "core/base/input_error.hpp"
#include "core/data/importer.hpp"

using namespace medmap;
using namespace medmap::data;
using Catch::Matchers::Contains;

namespace {

// A scratch folder for one test: the good fixtures, with one file replaced.
class ScratchSources {
public:
    ScratchSources() {
        std::string pattern = (std::filesystem::temp_directory_path() / "medmap-test-data-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        dir_ = pattern;
    }
    ~ScratchSources() {
        std::error_code ignored;
        std::filesystem::remove_all(dir_, ignored);
    }
    ScratchSources(const ScratchSources&) = delete;
    ScratchSources& operator=(const ScratchSources&) = delete;

    std::filesystem::path write(const std::string& name, const std::string& text) const {
        const auto path = dir_ / name;
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }

    static ImportSources good() {
        const std::filesystem::path fixtures = std::filesystem::path(MEDMAP_FIXTURES) / "data" / "import";
        return {fixtures / "oes_state.csv", fixtures / "oes_national.csv", fixtures / "projections.csv"};
    }

    ImportSources sources = good();

private:
    std::filesystem::path dir_;
};

const std::string kStateHeader = "year,state,occ_code,occ_title,tot_emp,a_mean,a_median\n";
const std::string kTexasEmt2014 = "2014,Texas,29-2041,Emergency Medical Technicians and Paramedics,16280,35020,33170\n";
const std::string kProjectionsHeader =
    "\"Area\",\"occ_code_matched_by_title\",\"Occupation\",\"PercentChange\",\"AverageAnnualOpenings\"\n";

std::string import_error(const ImportSources& sources) {
    try {
        import_stats(sources);
    } catch (const InputError& e) {
        const std::string message = e.what();
        CHECK(message.find('\n') == std::string::npos);
        return message;
    }
    FAIL("the import did not fail");
    return {};
}

}  // namespace

TEST_CASE("import error: a figure that is not a number") {
    ScratchSources s;
    s.sources.oes_state_csv = s.write("state_bad_number.csv",
                                      kStateHeader + kTexasEmt2014 +
                                          "2014,Ohio,29-2041,Emergency Medical Technicians and Paramedics,9000,12x,30000\n");
    CHECK_THAT(import_error(s.sources),
               Contains("state_bad_number.csv: line 3, field a_mean: \"12x\" is not a number"));
}

TEST_CASE("import error: thousands separators are not silently read") {
    ScratchSources s;
    s.sources.oes_state_csv = s.write("state_comma.csv",
                                      kStateHeader + "2014,Ohio,29-2041,Emergency Medical Technicians and Paramedics,"
                                                     "9000,\"44,690\",30000\n");
    CHECK_THAT(import_error(s.sources), Contains("state_comma.csv: line 2, field a_mean: \"44,690\" is not a number"));
}

TEST_CASE("import error: an unknown state") {
    ScratchSources s;
    s.sources.oes_state_csv = s.write("state_unknown.csv",
                                      kStateHeader + kTexasEmt2014 + kTexasEmt2014.substr(0, 5) + "Texass" +
                                          kTexasEmt2014.substr(10));
    CHECK_THAT(import_error(s.sources), Contains("state_unknown.csv: line 3, field state: unknown state \"Texass\""));
}

TEST_CASE("import error: a missing column names the file and the column") {
    ScratchSources s;
    s.sources.oes_state_csv = s.write("state_no_median.csv",
                                      "year,state,occ_code,occ_title,tot_emp,a_mean\n"
                                      "2014,Texas,29-2041,Emergency Medical Technicians and Paramedics,16280,35020\n");
    CHECK_THAT(import_error(s.sources), Contains("state_no_median.csv") && Contains("missing column \"a_median\""));

    s.sources = ScratchSources::good();
    s.sources.oes_national_csv = s.write("national_no_title.csv", "year,OCC_CODE,TOT_EMP,A_MEAN,A_MEDIAN\n");
    CHECK_THAT(import_error(s.sources), Contains("national_no_title.csv") && Contains("missing column \"OCC_TITLE\""));
}

TEST_CASE("import error: a duplicate row names both lines") {
    ScratchSources s;
    s.sources.oes_state_csv = s.write("state_duplicate.csv",
                                      kStateHeader + kTexasEmt2014 +
                                          "2014,Ohio,29-2041,Emergency Medical Technicians and Paramedics,1,2,3\n" +
                                          kTexasEmt2014);
    CHECK_THAT(import_error(s.sources),
               Contains("state_duplicate.csv: line 4: duplicate row for 2014, Texas, 29-2041 (first at line 2)"));

    s.sources.oes_state_csv = ScratchSources::good().oes_state_csv;
    s.sources.projections_csv = s.write(
        "projections_duplicate.csv",
        kProjectionsHeader + "\"Texas\",\"29-2041\",\"Emergency Medical Technicians and Paramedics\",28.7,830\n" +
            "\"Texas\",\"29-2041\",\"Emergency Medical Technicians and Paramedics\",28.7,830\n");
    CHECK_THAT(import_error(s.sources),
               Contains("projections_duplicate.csv: line 3: duplicate row for Texas, 29-2041 (first at line 2)"));
}

TEST_CASE("import error: more checks, each at its line") {
    ScratchSources s;
    auto state_error = [&](const std::string& row) {
        s.sources.oes_state_csv = s.write("state.csv", kStateHeader + kTexasEmt2014 + row);
        return import_error(s.sources);
    };
    CHECK_THAT(state_error("20x4,Ohio,29-2041,Emergency Medical Technicians and Paramedics,1,2,3\n"),
               Contains("state.csv: line 3, field year: \"20x4\" is not a year"));
    CHECK_THAT(state_error("2016,Ohio,29-2041,Emergency Medical Technicians and Paramedics,1,2,3\n"),
               Contains("state.csv: line 3, field year: 2016 is not one of the wage years"));
    CHECK_THAT(state_error("2014,Ohio,292041,Emergency Medical Technicians and Paramedics,1,2,3\n"),
               Contains("state.csv: line 3, field occ_code: \"292041\" is not a SOC code"));
    CHECK_THAT(state_error("2014,Ohio,29-2041,Paramedics,1,2,3\n"),
               Contains("state.csv: line 3, field occ_title: \"Paramedics\" is not the BLS title of 29-2041"));
    CHECK_THAT(state_error("2014,Ohio,29-2041,Emergency Medical Technicians and Paramedics,1,-2,3\n"),
               Contains("state.csv: line 3, field a_mean: negative wage -2"));
    CHECK_THAT(state_error("2014,Ohio,29-2041,Emergency Medical Technicians and Paramedics,1,2,3000000\n"),
               Contains("state.csv: line 3, field a_median: wage 3000000 is above 1,000,000 USD"));
    CHECK_THAT(state_error("2014,Ohio,29-2041,Emergency Medical Technicians and Paramedics,#,2,3\n"),
               Contains("state.csv: line 3, field tot_emp: \"#\""));
    CHECK_THAT(state_error("2014,Ohio,29-2041,Emergency Medical Technicians and Paramedics,1,2\n"),
               Contains("state.csv: line 3: the row has 6 fields but the header has 7 fields"));
    CHECK_THAT(state_error("2014,United States,29-2041,Emergency Medical Technicians and Paramedics,1,2,3\n"),
               Contains("state.csv: line 3, field state: unknown state \"United States\""));

    s.sources.oes_state_csv = ScratchSources::good().oes_state_csv;
    auto projection_error = [&](const std::string& row) {
        s.sources.projections_csv = s.write("projections.csv", kProjectionsHeader + row);
        return import_error(s.sources);
    };
    CHECK_THAT(projection_error("\"Atlantis\",\"29-2041\",\"Emergency Medical Technicians and Paramedics\",1,2\n"),
               Contains("projections.csv: line 2, field Area: unknown area \"Atlantis\""));
    CHECK_THAT(projection_error("\"Texas\",\"29-2041\",\"Emergency Medical Technicians and Paramedics\",-100.5,2\n"),
               Contains("projections.csv: line 2, field PercentChange: growth -100.5% is below -100%"));
    CHECK_THAT(projection_error("\"Texas\",\"29-2041\",\"Emergency Medical Technicians and Paramedics\",5,-2\n"),
               Contains("projections.csv: line 2, field AverageAnnualOpenings: negative count -2"));
    CHECK_THAT(projection_error("\"Texas\",\"29-2041\",\"Emergency Medical Technicians\",5,2\n"),
               Contains("projections.csv: line 2, field Occupation"));
    CHECK_THAT(projection_error("\"Texas\",\"29-2041\",\"Emergency Medical Technicians and Paramedics,5,2\n"),
               Contains("projections.csv: line 2: field 3 opens a quote that is never closed"));
}

TEST_CASE("import error: the national file must name every occupation") {
    ScratchSources s;
    s.sources.oes_national_csv = s.write("national.csv",
                                         "year,OCC_CODE,OCC_TITLE,TOT_EMP,A_MEAN,A_MEDIAN\n"
                                         "2014,29-2041,Emergency Medical Technicians and Paramedics,235760,35110,31700\n");
    CHECK_THAT(import_error(s.sources), Contains("national.csv: no row for 29-2031, so its BLS title is unknown"));
}

TEST_CASE("import error: a missing source file") {
    ScratchSources s;
    s.sources.projections_csv = "/nonexistent/medmap/projections_health_techs_extract.csv";
    CHECK(import_error(s.sources) == "/nonexistent/medmap/projections_health_techs_extract.csv: no such file");
}
