// `medmap info` names the occupation behind a figure where SOC 2018 changed the code, as
// the map's source line does; and its --year is checked like export's.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "run_process.hpp"

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("info names the SOC 2018 occupation that supplies a crosswalked figure: text, --compare and --json") {
    const std::filesystem::path shared = MEDMAP_SHARED_DATA;
    const auto workbook = shared / "bls-oews-national-official" / "national_M2024_dl.xlsx";
    if (!std::filesystem::exists(workbook)) {
        WARN("skipped: ../shared is absent");
        return;
    }
    const auto stats = std::filesystem::temp_directory_path() / ("medmap_info_2024_" + std::to_string(::getpid()) + ".json");
    REQUIRE(run_medmap("import '" + workbook.string() + "' --out '" + stats.string() + "'").status == 0);
    const std::string with_stats = " --stats '" + stats.string() + "'";

    const auto text = run_medmap("info --state TX --specialty lab-technician --year 2024" + with_stats);
    REQUIRE(text.status == 0);
    CHECK(contains(text.out, "\nWages: 29-2010 Clinical Laboratory Technologists and Technicians. "));
    CHECK(contains(text.out, "this figure covers both occupations"));

    const auto compare = run_medmap("info --state TX --compare CO --specialty lab-technologist --year 2024" + with_stats);
    REQUIRE(compare.status == 0);
    CHECK(contains(compare.out, "\nWages: 29-2010 Clinical Laboratory Technologists and Technicians. "));

    const auto json = run_medmap("info --state TX --specialty dental-hygiene --year 2024 --json" + with_stats);
    REQUIRE(json.status == 0);
    const auto notes = nlohmann::json::parse(json.out).at("source_notes");
    REQUIRE(notes.size() == 1);
    CHECK(contains(notes[0].get<std::string>(), "Wages: 29-1292 Dental Hygienists. SOC 2018 renumbered"));

    // The specialty's own code: no note, in either form.
    const auto own = run_medmap("info --state TX --specialty lab-technician --year 2014" + with_stats);
    REQUIRE(own.status == 0);
    CHECK_FALSE(contains(own.out, "29-2010"));
    const auto own_json = run_medmap("info --state TX --specialty radiologic --year 2024 --json" + with_stats);
    CHECK(nlohmann::json::parse(own_json.out).at("source_notes").empty());
    std::filesystem::remove(stats);
}

TEST_CASE("info --year names the wage years the stats file has, like export") {
    const auto r = run_medmap("info --state TX --year 2024");
    CHECK(r.status == 2);
    CHECK(r.err == "medmap: --year: no wage data for 2024 (expected one of: 2012, 2013, 2014, 2015)\n");
    CHECK(r.out.empty());
}
