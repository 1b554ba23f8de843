// Invalid stats files: every failure is one InputError line naming the file and the place.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "core/base/input_error.hpp"
#include "core/data/dataset.hpp"
#include "core/data/importer.hpp"
#include "stats_v1.hpp"

using namespace medmap;
using namespace medmap::data;
using nlohmann::json;
using Catch::Matchers::Contains;

namespace {

json valid_doc() {
    const std::filesystem::path dir = std::filesystem::path(MEDMAP_FIXTURES) / "data" / "import";
    return medmap::test::as_version1(
        json::parse(import_stats({dir / "oes_state.csv", dir / "oes_national.csv", dir / "projections.csv"})));
}

std::string load_error(const std::string& text) {
    try {
        parse_dataset(text, "stats.json");
    } catch (const InputError& e) {
        const std::string message = e.what();
        CHECK(message.find('\n') == std::string::npos);
        return message;
    }
    FAIL("the file was accepted");
    return {};
}

// The valid document with one change.
template <typename Change>
std::string error_after(Change change) {
    json doc = valid_doc();
    change(doc);
    return load_error(doc.dump(2));
}

json& tx_emt_2014(json& doc) { return doc["wages"]["2014"]["emt"]["TX"]; }

}  // namespace

TEST_CASE("the valid fixture document loads, so each case below fails for its own reason") {
    CHECK_NOTHROW(parse_dataset(valid_doc().dump(2), "stats.json"));
}

TEST_CASE("load error: a missing file or a directory") {
    CHECK_THROWS_AS(load_dataset("/nonexistent/medmap/stats.json"), InputError);
    CHECK_THROWS_WITH(load_dataset("/nonexistent/medmap/stats.json"), "/nonexistent/medmap/stats.json: no such file");
    const auto dir = std::filesystem::temp_directory_path();
    CHECK_THROWS_WITH(load_dataset(dir), dir.string() + ": is a directory, not a file");
}

TEST_CASE("load error: a syntax error is placed by line and column") {
    const std::string text = "{\n  \"format\": \"medmap-stats\",\n  \"version\": 1,,\n}\n";
    CHECK_THAT(load_error(text), Contains("stats.json: line 3, column 16: syntax error"));
    // A BOM is not a column: positions count from after it.
    CHECK_THAT(load_error("\xEF\xBB\xBF{\n  x"), Contains("stats.json: line 2, column 3: "));
    // The column of the character that made the literal invalid.
    CHECK_THAT(load_error("{\"a\": tru}"), Contains("stats.json: line 1, column 10: "));
    CHECK_THAT(load_error(""), Contains("stats.json: line 1, column 1: "));
    CHECK_THAT(load_error("{\"a\": 1"), Contains("stats.json: line 1, column 8: "));
    // nlohmann's own "[json.exception...]" prefix is dropped.
    CHECK_THAT(load_error(text), !Contains("json.exception"));
}

TEST_CASE("load error: a duplicate key is named by its path") {
    CHECK(load_error("{\"format\": 1, \"format\": 2}") == "stats.json: format: duplicate key \"format\"");
    CHECK(load_error("{\"wages\": {\"2014\": {\"emt\": {\"TX\": {\"median\": 1, \"median\": 2}}}}}") ==
          "stats.json: wages.2014.emt.TX.median: duplicate key \"median\"");
    CHECK(load_error("{\"specialties\": [{\"slug\": \"a\"}, {\"slug\": \"b\", \"slug\": \"c\"}]}") ==
          "stats.json: specialties[1].slug: duplicate key \"slug\"");
    CHECK(load_error("{\"a\": [[1, {\"k\": 1}], 2, {\"k\": 1, \"k\": 2}]}") == "stats.json: a[2].k: duplicate key \"k\"");
    // The same key in two different objects is fine.
    CHECK_THAT(load_error("{\"a\": {\"k\": 1}, \"b\": {\"k\": 1}}"), !Contains("duplicate"));
}

TEST_CASE("load error: a value of the wrong type is named by its JSON path") {
    CHECK(error_after([](json& d) { tx_emt_2014(d)["median"] = "33170"; }) ==
          "stats.json: wages.2014.emt.TX.median: expected a number or null, found a string (\"33170\")");
    CHECK(error_after([](json& d) { d["projections"]["emt"]["TX"]["openings"] = true; }) ==
          "stats.json: projections.emt.TX.openings: expected a number or null, found a boolean (true)");
    CHECK(error_after([](json& d) { d["default_wage_year"] = "2014"; }) ==
          "stats.json: default_wage_year: expected an integer, found a string (\"2014\")");
    CHECK(error_after([](json& d) { d["wage_years"][1] = 2013.5; }) ==
          "stats.json: wage_years[1]: expected an integer, found a number (2013.5)");
    CHECK(error_after([](json& d) { d["specialties"][3]["name"] = nullptr; }) ==
          "stats.json: specialties[3].name: expected a string, found null");
    CHECK(error_after([](json& d) { d["wages"]["2014"]["emt"] = json::array(); }) ==
          "stats.json: wages.2014.emt: expected an object, found an array");
    CHECK(error_after([](json& d) { d["sources"]["oes"]["caveats"][0] = 7; }) ==
          "stats.json: sources.oes.caveats[0]: expected a string, found a number (7)");
    CHECK(load_error("[]") == "stats.json: expected an object, found an array");
}

TEST_CASE("load error: a missing required field") {
    CHECK(error_after([](json& d) { d.erase("projection_period"); }) ==
          "stats.json: missing required field \"projection_period\"");
    CHECK(error_after([](json& d) { tx_emt_2014(d).erase("mean"); }) ==
          "stats.json: wages.2014.emt.TX: missing required field \"mean\"");
    CHECK(error_after([](json& d) { d["wages"].erase("2013"); }) == "stats.json: wages: missing required field \"2013\"");
    CHECK(error_after([](json& d) { d["wages"]["2015"].erase("mri"); }) ==
          "stats.json: wages.2015: missing required field \"mri\"");
    CHECK(error_after([](json& d) { d["projections"].erase("mri"); }) ==
          "stats.json: projections: missing required field \"mri\"");
    CHECK(error_after([](json& d) { d["specialties"][0].erase("bls_title"); }) ==
          "stats.json: specialties[0]: missing required field \"bls_title\"");
    // The 29-2000 group is not shown, but a stats file must still carry it well formed.
    CHECK(error_after([](json& d) { d.erase("us_all_health_technicians"); }) ==
          "stats.json: missing required field \"us_all_health_technicians\"");
    CHECK(error_after([](json& d) { d["us_all_health_technicians"]["years"].erase("2014"); }) ==
          "stats.json: us_all_health_technicians.years: missing required field \"2014\"");
    CHECK(error_after([](json& d) { d["metrics"].erase(4); }) == "stats.json: metrics: missing the metric \"openings\"");
}

TEST_CASE("load error: unknown specialties, areas, years and fields") {
    CHECK(error_after([](json& d) { d["wages"]["2014"]["nurse"] = json::object(); }) ==
          "stats.json: wages.2014.nurse: unknown specialty \"nurse\"");
    CHECK(error_after([](json& d) { d["projections"]["nurse"] = json::object(); }) ==
          "stats.json: projections.nurse: unknown specialty \"nurse\"");
    CHECK_THAT(error_after([](json& d) { d["wages"]["2014"]["emt"]["XX"] = tx_emt_2014(d); }),
               Contains("stats.json: wages.2014.emt.XX: unknown area code \"XX\""));
    CHECK_THAT(error_after([](json& d) { d["projections"]["emt"]["PR"] = d["projections"]["emt"]["TX"]; }),
               Contains("stats.json: projections.emt.PR: unknown area code \"PR\""));
    CHECK_THAT(error_after([](json& d) { d["wages"]["2014"]["emt"]["tx"] = tx_emt_2014(d); }),
               Contains("stats.json: wages.2014.emt.tx: unknown area code"));
    CHECK(error_after([](json& d) { d["wages"]["2016"] = d["wages"]["2015"]; }) ==
          "stats.json: wages.2016: \"2016\" is not one of wage_years");
    CHECK(error_after([](json& d) { tx_emt_2014(d)["medain"] = 1; }) ==
          "stats.json: wages.2014.emt.TX.medain: unknown field \"medain\"");
    CHECK(error_after([](json& d) { d["colour"] = "red"; }) == "stats.json: colour: unknown field \"colour\"");
    CHECK(error_after([](json& d) { d["metrics"][2]["slug"] = "salary"; }) ==
          "stats.json: metrics[2].slug: unknown metric \"salary\"");
    CHECK(error_after([](json& d) { d["metrics"][3]["slug"] = "growth"; d["metrics"][4]["slug"] = "growth"; }) ==
          "stats.json: metrics[4].slug: duplicate metric \"growth\"");
    CHECK(error_after([](json& d) { d["metrics"][0]["source"] = "census"; }) ==
          "stats.json: metrics[0].source: unknown source \"census\"");
}

TEST_CASE("load error: implausible figures name the path and the value") {
    CHECK(error_after([](json& d) { tx_emt_2014(d)["median"] = -5; }) ==
          "stats.json: wages.2014.emt.TX.median: negative wage -5");
    CHECK(error_after([](json& d) { tx_emt_2014(d)["mean"] = 2000000; }) ==
          "stats.json: wages.2014.emt.TX.mean: wage 2000000 is above 1,000,000 USD, not a plausible annual wage");
    CHECK(error_after([](json& d) { tx_emt_2014(d)["employment"] = -1; }) ==
          "stats.json: wages.2014.emt.TX.employment: negative count -1");
    CHECK(error_after([](json& d) { d["us_all_health_technicians"]["years"]["2014"]["mean"] = -45060; }) ==
          "stats.json: us_all_health_technicians.years.2014.mean: negative wage -45060");
    CHECK(error_after([](json& d) { d["projections"]["emt"]["TX"]["openings"] = -3; }) ==
          "stats.json: projections.emt.TX.openings: negative count -3");
    CHECK(error_after([](json& d) { d["projections"]["emt"]["TX"]["growth_pct"] = -100.5; }) ==
          "stats.json: projections.emt.TX.growth_pct: growth -100.5% is below -100%");
    // Exactly -100% (every job gone) is possible, and a wage of exactly a million is allowed.
    CHECK_NOTHROW([] {
        json d = valid_doc();
        d["projections"]["emt"]["TX"]["growth_pct"] = -100;
        tx_emt_2014(d)["mean"] = 1000000;
        parse_dataset(d.dump(), "stats.json");
    }());

    // JSON has no infinity; a literal too large for a double is refused where it stands.
    json doc = valid_doc();
    tx_emt_2014(doc)["median"] = 987654321;
    std::string text = doc.dump(2);
    text.replace(text.find("987654321"), 9, "1e400");
    CHECK(load_error(text) == "stats.json: wages.2014.emt.TX.median: number overflow parsing '1e400': not a finite number");
}

TEST_CASE("load error: years, specialties and the format header") {
    CHECK(error_after([](json& d) { d["default_wage_year"] = 2016; }) ==
          "stats.json: default_wage_year: 2016 is not one of wage_years");
    CHECK(error_after([](json& d) { d["wage_years"] = {2012, 2014, 2013, 2015}; }) ==
          "stats.json: wage_years[2]: wage years must be strictly ascending");
    CHECK(error_after([](json& d) { d["wage_years"] = json::array(); }) == "stats.json: wage_years: needs at least one year");
    CHECK(error_after([](json& d) { d["specialties"][1]["slug"] = "cardiovascular"; }) ==
          "stats.json: specialties[1].slug: duplicate slug \"cardiovascular\"");
    CHECK(error_after([](json& d) { d["specialties"][1]["soc"] = "29-2031"; }) ==
          "stats.json: specialties[1].soc: duplicate SOC code \"29-2031\"");
    for (const char* soc : {"292041", "29-204", "29-20411", "ab-cdef", "29_2041", ""}) {
        INFO(soc);
        CHECK(error_after([&](json& d) { d["specialties"][1]["soc"] = soc; }) ==
              "stats.json: specialties[1].soc: \"" + std::string(soc) + "\" is not a SOC code like 29-2041");
    }
    CHECK(error_after([](json& d) { d["us_all_health_technicians"]["soc"] = "29-200"; }) ==
          "stats.json: us_all_health_technicians.soc: \"29-200\" is not a SOC code like 29-2041");
    CHECK(error_after([](json& d) { d["specialties"][0]["slug"] = "Cardio Vascular"; }) ==
          "stats.json: specialties[0].slug: \"Cardio Vascular\" is not a slug (lowercase letters, digits and hyphens)");
    CHECK(error_after([](json& d) { d["format"] = "geojson"; }) ==
          "stats.json: format: expected \"medmap-stats\", found \"geojson\"");
    CHECK(error_after([](json& d) { d["version"] = 3; }) ==
          "stats.json: version: unsupported version 3 (this build reads versions 1 to 2)");
    // A version 1 document marked 2 lacks what version 2 requires.
    CHECK(error_after([](json& d) { d["version"] = 2; }) == "stats.json: missing required field \"projection_rounds\"");
}
