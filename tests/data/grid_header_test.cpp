// The header helpers the official readers share: a round's year read after its label.
#include <catch2/catch.hpp>

#include "core/data/official/grid_header.hpp"

using medmap::data::official::is_blank;
using medmap::data::official::year_after;

TEST_CASE("year_after reads the four-digit year that follows a label", "[official]") {
    const auto y = year_after("  Employment, 2034 ", "Employment,");
    REQUIRE(y);
    CHECK(y->year == 2034);
    CHECK(is_blank(y->rest));

    const auto may = year_after("may 2024 OEWS Estimates", "May");
    REQUIRE(may);
    CHECK(may->year == 2024);
    CHECK(may->rest == " OEWS Estimates");

    const auto sheet = year_after("_M2019_dl", "_m");
    REQUIRE(sheet);
    CHECK(sheet->year == 2019);
    CHECK(sheet->rest == "_dl");
}

TEST_CASE("year_after refuses what is not a labelled year", "[official]") {
    CHECK_FALSE(year_after("Employment change, 2024", "Employment,"));
    CHECK_FALSE(year_after("Employment, 202", "Employment,"));
    CHECK_FALSE(year_after("Employment, 20245", "Employment,"));
    CHECK_FALSE(year_after("Employment, two", "Employment,"));
    CHECK_FALSE(year_after("Emp", "Employment,"));
    CHECK_FALSE(year_after("", "May"));
    CHECK_FALSE(is_blank("x"));
    CHECK(is_blank(""));
}
