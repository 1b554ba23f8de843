// Bad stats files given to the real executable: one line naming the file, the place
// (line and column, or the JSON path) and the problem, exit 1; --lenient turns bad
// figures into no data and names each.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "reliability_support.hpp"

using namespace reliability;
using nlohmann::json;

namespace {

std::string bundled_stats_text() {
    std::ifstream in(bundled_stats(), std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The shipped stats with one change, written to `dir`/stats.json.
template <typename Change>
std::filesystem::path stats_with(const ScratchDir& dir, Change change) {
    json doc = json::parse(bundled_stats_text());
    change(doc);
    const auto path = dir / "stats.json";
    std::ofstream(path) << doc.dump(2);
    return path;
}

std::filesystem::path stats_text(const ScratchDir& dir, const std::string& text) {
    const auto path = dir / "stats.json";
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

ChildResult info_tx(const ScratchDir& dir, const std::filesystem::path& stats, bool lenient = false) {
    std::vector<std::string> args{"info", "--state", "TX", "--specialty", "emt", "--json", "--stats", stats.string()};
    if (lenient) args.push_back("--lenient");
    return run_medmap(args, hermetic(dir));
}

void check_refused(const ScratchDir& dir, const std::filesystem::path& stats, const std::string& place_and_what) {
    check_one_line_error(info_tx(dir, stats), 1, stats.string() + ": " + place_and_what);
}

json& tx_emt_2014(json& doc) { return doc["wages"]["2014"]["emt"]["TX"]; }

}  // namespace

TEST_CASE("reliability: stats JSON with a syntax error reports line and column") {
    ScratchDir dir;
    std::string text = bundled_stats_text();
    text.insert(text.find("\"version\""), ",");  // line 3: `  ,"version": 1,`
    check_refused(dir, stats_text(dir, text), "line 3, column 3: syntax error");
}

TEST_CASE("reliability: stats JSON with wrong types") {
    ScratchDir dir;
    check_refused(dir, stats_with(dir, [](json& d) { tx_emt_2014(d)["median"] = "33170"; }),
                  "wages.2014.emt.TX.median: expected a number or null, found a string (\"33170\")");
}

TEST_CASE("reliability: stats JSON with a UTF-8 BOM loads") {
    ScratchDir dir;
    const ChildResult r = info_tx(dir, stats_text(dir, "\xEF\xBB\xBF" + bundled_stats_text()));
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(json::parse(r.out)["median_wage"] == 33170);
}

TEST_CASE("reliability: stats JSON with duplicate keys") {
    ScratchDir dir;
    std::string text = bundled_stats_text();
    text.insert(text.find("\"version\""), "\"format\": \"medmap-stats\",\n  ");
    check_refused(dir, stats_text(dir, text), "format: duplicate key \"format\"");
}

TEST_CASE("reliability: stats JSON with an unknown specialty") {
    ScratchDir dir;
    check_refused(dir, stats_with(dir, [](json& d) { d["wages"]["2014"]["nurse"] = json::object(); }),
                  "wages.2014.nurse: unknown specialty \"nurse\"");
}

TEST_CASE("reliability: negative, non-finite or absurd wages, growth below -100%") {
    ScratchDir dir;
    check_refused(dir, stats_with(dir, [](json& d) { tx_emt_2014(d)["median"] = -5; }),
                  "wages.2014.emt.TX.median: negative wage -5");
    check_refused(dir, stats_with(dir, [](json& d) { tx_emt_2014(d)["mean"] = 1000001; }),
                  "wages.2014.emt.TX.mean: wage 1000001 is above 1,000,000 USD");
    std::string text = json::parse(bundled_stats_text()).dump(2);
    const std::string tx_median = "\"median\": 33170";
    REQUIRE(text.find(tx_median) != std::string::npos);
    text.replace(text.find(tx_median), tx_median.size(), "\"median\": 1e400");
    check_refused(dir, stats_text(dir, text), "wages.2014.emt.TX.median: number overflow parsing '1e400'");
    check_refused(dir, stats_with(dir, [](json& d) { d["projections"]["2012-2022"]["emt"]["TX"]["growth_pct"] = -100.5; }),
                  "projections.2012-2022.emt.TX.growth_pct: growth -100.5% is below -100%");
}

TEST_CASE("reliability: --lenient shows bad figures as no data and names each") {
    ScratchDir dir;
    const auto stats = stats_with(dir, [](json& d) {
        tx_emt_2014(d)["median"] = -5;
        d["projections"]["2012-2022"]["emt"]["TX"]["growth_pct"] = -150;
    });
    const ChildResult r = info_tx(dir, stats, true);
    INFO(r.err);
    REQUIRE(r.status == 0);
    const json tx = json::parse(r.out);
    CHECK(tx["median_wage"].is_null());
    CHECK(tx["growth_pct"].is_null());
    CHECK(tx["mean_wage"] == 35020);  // the rest of the cell stays
    CHECK(line_count(r.err) == 3);
    CHECK(r.err.find("medmap: dropped: " + stats.string() + ": wages.2014.emt.TX.median: negative wage -5\n") !=
          std::string::npos);
    CHECK(r.err.find("projections.2012-2022.emt.TX.growth_pct: growth -150% is below -100%") != std::string::npos);
    CHECK(r.err.find("medmap: --lenient left out 2 bad items") != std::string::npos);
}
