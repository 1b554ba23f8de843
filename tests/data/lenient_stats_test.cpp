// --lenient for stats files: a bad figure, area or specialty block is dropped (shown as
// no data) and named; problems with the file as a whole still stop the load.
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

struct LenientLoad {
    std::vector<std::string> dropped;
    Dataset load(const std::string& text) {
        return parse_dataset(text, "stats.json", [this](const InputError& e) { dropped.push_back(e.what()); });
    }
};

json& tx_emt_2014(json& doc) { return doc["wages"]["2014"]["emt"]["TX"]; }

}  // namespace

TEST_CASE("lenient loading: a sound file drops nothing") {
    LenientLoad lenient;
    lenient.load(valid_doc().dump());
    CHECK(lenient.dropped.empty());
}

TEST_CASE("lenient loading: bad figures become no data, each named, the rest of the cell stays") {
    json doc = valid_doc();
    const double tx_mean = tx_emt_2014(doc)["mean"].get<double>();
    tx_emt_2014(doc)["median"] = -5;                                    // negative
    doc["wages"]["2014"]["emt"]["CA"]["mean"] = 2000000;               // absurd
    doc["wages"]["2014"]["emt"]["CO"]["employment"] = "many";          // wrong type
    doc["projections"]["emt"]["TX"]["growth_pct"] = -150;              // below -100%
    doc["wages"]["2014"]["emt"]["CO"].erase("median");                 // missing

    // Without --lenient the first one stops the load.
    CHECK_THROWS_AS(parse_dataset(doc.dump(), "stats.json"), InputError);

    LenientLoad lenient;
    const Dataset ds = lenient.load(doc.dump());
    const Figures tx = ds.figures("emt", "TX", 2014);
    CHECK_FALSE(tx.median_wage);
    CHECK(tx.mean_wage == tx_mean);
    CHECK_FALSE(tx.growth_pct);
    CHECK(tx.openings);
    CHECK_FALSE(ds.figures("emt", "CA", 2014).mean_wage);
    CHECK(ds.figures("emt", "CA", 2014).median_wage == parse_dataset(valid_doc().dump(), "x").figures("emt", "CA", 2014).median_wage);
    CHECK_FALSE(ds.figures("emt", "CO", 2014).employment);
    CHECK_FALSE(ds.figures("emt", "CO", 2014).median_wage);

    REQUIRE(lenient.dropped.size() == 5);
    const std::string all = lenient.dropped[0] + "|" + lenient.dropped[1] + "|" + lenient.dropped[2] + "|" +
                            lenient.dropped[3] + "|" + lenient.dropped[4];
    CHECK_THAT(all, Contains("stats.json: wages.2014.emt.TX.median: negative wage -5"));
    CHECK_THAT(all, Contains("stats.json: wages.2014.emt.CA.mean: wage 2000000 is above 1,000,000 USD"));
    CHECK_THAT(all, Contains("stats.json: wages.2014.emt.CO.employment: expected a number or null"));
    CHECK_THAT(all, Contains("stats.json: wages.2014.emt.CO: missing required field \"median\""));
    CHECK_THAT(all, Contains("stats.json: projections.emt.TX.growth_pct: growth -150% is below -100%"));
}

TEST_CASE("lenient loading: unknown areas, fields and specialties are dropped and named") {
    json doc = valid_doc();
    doc["wages"]["2014"]["emt"]["XX"] = tx_emt_2014(doc);
    doc["wages"]["2014"]["emt"]["NY"] = "not a cell";
    tx_emt_2014(doc)["medain"] = 1;
    doc["projections"]["nurse"] = json::object();
    doc["wages"]["2015"].erase("mri");

    LenientLoad lenient;
    const Dataset ds = lenient.load(doc.dump());
    CHECK(ds.figures("emt", "TX", 2014).median_wage);
    CHECK_FALSE(ds.figures("emt", "NY", 2014).median_wage);
    CHECK_FALSE(ds.figures("mri", "TX", 2015).median_wage);
    CHECK(ds.figures("mri", "TX", 2014).median_wage == parse_dataset(valid_doc().dump(), "x").figures("mri", "TX", 2014).median_wage);
    std::string all;
    for (const auto& line : lenient.dropped) all += line + "|";
    CHECK(lenient.dropped.size() == 5);
    CHECK_THAT(all, Contains("wages.2014.emt.XX: unknown area code \"XX\""));
    CHECK_THAT(all, Contains("wages.2014.emt.NY: expected an object, found a string"));
    CHECK_THAT(all, Contains("wages.2014.emt.TX.medain: unknown field \"medain\""));
    CHECK_THAT(all, Contains("projections.nurse: unknown specialty \"nurse\""));
    CHECK_THAT(all, Contains("wages.2015: missing required field \"mri\""));
}

TEST_CASE("lenient loading: problems with the file as a whole still stop the load") {
    LenientLoad lenient;
    CHECK_THROWS_WITH(lenient.load("{\n  \"format\": ,\n}"), Contains("stats.json: line 2, column 13"));
    CHECK_THROWS_WITH(lenient.load("{\"a\": 1, \"a\": 2}"), Contains("duplicate key"));
    json doc = valid_doc();
    doc["version"] = 3;
    CHECK_THROWS_WITH(lenient.load(doc.dump()), Contains("unsupported version 3"));
    doc = valid_doc();
    doc["specialties"][0]["soc"] = "nope";
    CHECK_THROWS_WITH(lenient.load(doc.dump()), Contains("specialties[0].soc"));
    CHECK(lenient.dropped.empty());
}

TEST_CASE("a stats path that never ends (/dev/zero) is refused once past any plausible size") {
    CHECK_THROWS_WITH(load_dataset("/dev/zero"), "/dev/zero: larger than 64 MB: not a file medmap reads");
}
