#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_process.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "../data/stats_v1.hpp"
#include "core/data/text_file.hpp"

using nlohmann::json;

TEST_CASE("medmap --version and --help answer and exit 0") {
    auto v = run_medmap("--version");
    CHECK(v.status == 0);
    CHECK(v.out.rfind("medmap ", 0) == 0);
    auto h = run_medmap("--help");
    CHECK(h.status == 0);
    CHECK(h.out.find("info") != std::string::npos);
    CHECK(h.out.find("--geodata") != std::string::npos);
}

TEST_CASE("info --json for Texas EMTs equals the source extracts for May 2014") {
    auto r = run_medmap("info --state TX --specialty emt --json");
    REQUIRE(r.status == 0);
    auto j = json::parse(r.out);
    CHECK(j["state"] == "TX");
    CHECK(j["state_name"] == "Texas");
    CHECK(j["specialty"] == "emt");
    CHECK(j["soc"] == "29-2041");
    CHECK(j["wage_year"] == 2014);
    // oes_state_health_techs_2012_2015.csv: 2014,Texas,29-2041,...,16280,35020,33170
    CHECK(j["employment"] == 16280);
    CHECK(j["mean_wage"] == 35020);
    CHECK(j["median_wage"] == 33170);
    // projections_health_techs_extract.csv: "Texas","29-2041",...,28.7,830
    CHECK(j["growth_pct"] == Approx(28.7));
    CHECK(j["openings"] == 830);
    // national May 2014: 235760 jobs, mean 35110, median 31700; US growth 23.1%, 12060 openings
    CHECK(j["us"]["median_wage"] == 31700);
    CHECK(j["us"]["mean_wage"] == 35110);
    CHECK(j["us"]["employment"] == 235760);
    CHECK(j["us"]["growth_pct"] == Approx(23.1));
    CHECK(j["us"]["openings"] == 12060);
}

TEST_CASE("info: a figure the source lacks is null, not filled in") {
    auto r = run_medmap("info --state MI --specialty emt --json");
    REQUIRE(r.status == 0);
    auto j = json::parse(r.out);
    CHECK(j["growth_pct"].is_null());
    CHECK(j["openings"].is_null());
    CHECK(j["median_wage"] == 30220);  // Michigan wages exist
    auto text = run_medmap("info --state michigan --specialty 29-2041");
    CHECK(text.status == 0);
    CHECK(text.out.find("no data") != std::string::npos);
}

TEST_CASE("info accepts a USPS code, FIPS code or name, and a slug or SOC code") {
    auto by_code = json::parse(run_medmap("info --state tx --specialty emt --json").out);
    auto by_fips = json::parse(run_medmap("info --state 48 --specialty 29-2041 --json").out);
    auto by_name = json::parse(run_medmap("info --state 'texas' --specialty EMT --json").out);
    CHECK(by_code == by_fips);
    CHECK(by_code == by_name);
}

TEST_CASE("info's text form shows the tooltip's figures") {
    auto r = run_medmap("info --state TX --specialty emt");
    REQUIRE(r.status == 0);
    CHECK(r.out.find("Texas") != std::string::npos);
    CHECK(r.out.find("$33,170") != std::string::npos);
    CHECK(r.out.find("+5% vs US") != std::string::npos);  // 33170 / 31700 = +4.6%
    CHECK(r.out.find("+28.7%") != std::string::npos);
    CHECK(r.out.find("US +23.1%") != std::string::npos);
}

TEST_CASE("list --json names the twelve specialties and seven metrics") {
    auto r = run_medmap("list --json");
    REQUIRE(r.status == 0);
    auto j = json::parse(r.out);
    REQUIRE(j["specialties"].size() == 12);
    CHECK(j["specialties"][1]["slug"] == "emt");
    CHECK(j["specialties"][1]["soc"] == "29-2041");
    REQUIRE(j["metrics"].size() == 7);  // the five published, then the two derived
    std::vector<std::string> ids;
    for (auto& m : j["metrics"]) ids.push_back(m["id"]);
    CHECK(ids == std::vector<std::string>{"median-wage", "mean-wage", "employment", "growth", "openings",
                                          "adjusted-median-wage", "adjusted-mean-wage"});
    for (auto& m : j["metrics"]) {
        CHECK(m.contains("unit"));
        CHECK(m.contains("year"));
    }
}

TEST_CASE("bad flags and values get one line and exit status 2") {
    for (const char* args : {"--no-such-flag", "info --specialty emt", "info --state XX --specialty emt",
                             "info --state TX --specialty plumbers", "info --state TX --year 1999",
                             "--metric salary --headless", "--window-size 10x10 --headless", "info --state"}) {
        INFO(args);
        auto r = run_medmap(args);
        CHECK(r.status == 2);
        CHECK(line_count(r.err) == 1);
        CHECK(r.out.empty());
    }
}

TEST_CASE("a missing or broken data file is named in one line, exit status 1") {
    auto missing = run_medmap("list --stats /nonexistent/stats.json");
    CHECK(missing.status == 1);
    CHECK(line_count(missing.err) == 1);
    CHECK(missing.err.find("/nonexistent/stats.json") != std::string::npos);

    auto geo = run_medmap("info --state TX --geodata /nonexistent/states.shp");
    CHECK(geo.status == 1);
    CHECK(line_count(geo.err) == 1);
    CHECK(geo.err.find("/nonexistent/states.shp") != std::string::npos);
}

TEST_CASE("without a display, --window says so in one line and exits 1, never aborts") {
    auto r = run_medmap("--window", "DISPLAY=");
    CHECK(r.status == 1);
    CHECK(line_count(r.err) == 1);
    CHECK(r.err.find("no display") != std::string::npos);
}

TEST_CASE("the geodata and stats options accept the shipped files given explicitly") {
    const std::string src = MEDMAP_SOURCE_DIR;
    auto r = run_medmap("info --state TX --json --geodata '" + src + "/geodata/us_states.shp' --stats '" + src +
                        "/stats/medmap-stats.json'");
    CHECK(r.status == 0);
    CHECK(json::parse(r.out)["median_wage"] == 33170);
}

TEST_CASE("info --json has each metric's rank among the states with data") {
    auto j = json::parse(run_medmap("info --state NV --specialty emt --json").out);
    REQUIRE(j.contains("ranks"));
    CHECK(j["ranks"]["growth"].is_null());  // Projections Central has no Nevada EMT row
    REQUIRE(j["ranks"]["median-wage"].is_object());
    CHECK(j["ranks"]["median-wage"]["of"] == 51);
    const int rank = j["ranks"]["median-wage"]["rank"];
    // Rank = 1 + the states with a strictly higher median wage, read through info itself.
    int higher = 0;
    for (const char* usps : {"TX", "CA", "NY", "WA", "HI", "AK", "DC", "MS"}) {
        auto other = json::parse(run_medmap(std::string("info --specialty emt --json --state ") + usps).out);
        if (other["median_wage"] > j["median_wage"]) CHECK(other["ranks"]["median-wage"]["rank"] < rank);
        if (other["median_wage"] < j["median_wage"]) CHECK(other["ranks"]["median-wage"]["rank"] > rank);
        higher += other["median_wage"] > j["median_wage"];
    }
    CHECK(rank > higher);
    auto tx = json::parse(run_medmap("info --state TX --specialty emt --json").out);
    CHECK(tx["ranks"]["employment"]["rank"] == 1);
}

TEST_CASE("info --compare prints both states, the US and the difference, and --json gains compare") {
    auto text = run_medmap("info --state TX --compare CO --specialty emt");
    REQUIRE(text.status == 0);
    CHECK(text.out.find("Texas vs Colorado") != std::string::npos);
    CHECK(text.out.find("$33,170") != std::string::npos);
    CHECK(text.out.find("$35,350") != std::string::npos);
    CHECK(text.out.find("$31,700") != std::string::npos);
    CHECK(text.out.find("-$2,180 (-6%)") != std::string::npos);
    auto j = json::parse(run_medmap("info --state TX --compare colorado --specialty emt --json").out);
    CHECK(j["state"] == "TX");
    REQUIRE(j.contains("compare"));
    CHECK(j["compare"]["state"] == "CO");
    CHECK(j["compare"]["median_wage"] == 35350);
    CHECK(j["compare"]["difference"]["median_wage"] == 33170 - 35350);
    CHECK(j["compare"]["difference"]["growth_pct"] == Approx(28.7 - 23.9));
    CHECK(j["compare"]["ranks"]["median-wage"].is_object());
    auto bad = run_medmap("info --state TX --compare XX");
    CHECK(bad.status != 0);
    CHECK(bad.err.find("--compare: unknown state 'XX'") != std::string::npos);
    CHECK(line_count(bad.err) == 1);
}

TEST_CASE("an adjusted-wage metric with a stats file without price levels is one line, exit 2") {
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("medmap_v1_" + std::to_string(::getpid()) + ".json");
    {
        const auto v1 = medmap::test::as_version1(
            nlohmann::ordered_json::parse(medmap::data::read_text_file(MEDMAP_SOURCE_DIR "/stats/medmap-stats.json")));
        std::ofstream(file) << v1.dump();
    }
    const auto r = run_medmap("export --metric adjusted-median-wage --out /tmp/medmap_never_written.png --stats '" +
                              file.string() + "'");
    CHECK(r.status == 2);
    CHECK(r.err == "medmap: --metric: adjusted-median-wage needs BEA price levels, which the stats file lacks\n");
    CHECK_FALSE(std::filesystem::exists("/tmp/medmap_never_written.png"));
    // info still answers: the adjusted figures are null, each with its reason.
    const auto info = run_medmap("info --state CA --json --stats '" + file.string() + "'");
    REQUIRE(info.status == 0);
    const auto j = nlohmann::json::parse(info.out);
    CHECK(j["adjusted_median_wage"].is_null());
    CHECK(j["no_data"]["price_level"] == "the stats file has no BEA price levels");
    CHECK(j["no_data"]["adjusted_median_wage"] == "the stats file has no BEA price levels");
    std::filesystem::remove(file);
}

TEST_CASE("a --projections round the stats file lacks is one line, exit 2, and no file") {
    const std::string out = (std::filesystem::temp_directory_path() / ("medmap_no_round_" + std::to_string(::getpid()) + ".png")).string();
    const auto r = run_medmap("export --metric growth --projections 2030-2040 --out '" + out + "'");
    CHECK(r.status == 2);
    CHECK(line_count(r.err) == 1);
    CHECK(r.err.rfind("medmap: --projections 2030-2040: ", 0) == 0);
    CHECK(r.err.find("stats/medmap-stats.json has the rounds 2012-2022") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));
    const auto info = run_medmap("info --state TX --projections 2030-2040");
    CHECK(info.status == 2);
    CHECK(info.err == r.err);
    CHECK(info.out.empty());
}
