#include <catch2/catch.hpp>

#include "core/base/input_error.hpp"
#include "core/base/us_states.hpp"

using namespace medmap;

TEST_CASE("the state table has 50 states and DC before the territories") {
    REQUIRE(all_us_states().size() == 56);
    REQUIRE(states_and_dc().size() == 51);
    for (const auto& s : states_and_dc()) CHECK_FALSE(s.territory);
    for (const auto& s : all_us_states().subspan(51)) CHECK(s.territory);
}

TEST_CASE("a state is found by USPS code, FIPS code or name, ignoring case") {
    CHECK(find_us_state("TX")->name == "Texas");
    CHECK(find_us_state("tx")->name == "Texas");
    CHECK(find_us_state("48")->usps == "TX");
    CHECK(find_us_state("6")->usps == "CA");
    CHECK(find_us_state("  new york ")->usps == "NY");
    CHECK(find_us_state("District of Columbia")->fips == "11");
    CHECK_FALSE(find_us_state("XX"));
    CHECK_FALSE(find_us_state(""));
    CHECK_FALSE(find_us_state("Texass"));
}

TEST_CASE("an input error is one line naming file, place and problem") {
    InputError e("stats.json", "line 3, column 7", "syntax error\nmore");
    CHECK(std::string(e.what()) == "stats.json: line 3, column 7: syntax error more");
    CHECK(std::string(InputError("a.shp", "", "not found").what()) == "a.shp: not found");
}

#include "core/base/utf8_text.hpp"

TEST_CASE("padding counts code points, not bytes") {
    CHECK(medmap::utf8_length("2012\u20132022") == 9);
    CHECK(medmap::pad_right("2012\u20132022", 11) == "2012\u20132022  ");
    CHECK(medmap::pad_right("long text", 4) == "long text");
}
