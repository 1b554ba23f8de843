#include <catch2/catch.hpp>

#include "core/data/bls_cell.hpp"

using namespace medmap::data;
using Kind = BlsCell::Kind;

TEST_CASE("BLS cells: whole numbers stay whole, fractions stay fractions") {
    const BlsCell whole = read_bls_cell("54330");
    REQUIRE(whole.kind == Kind::Number);
    REQUIRE(std::holds_alternative<std::int64_t>(whole.number));
    CHECK(std::get<std::int64_t>(whole.number) == 54330);

    const BlsCell fraction = read_bls_cell("-7.3");
    REQUIRE(fraction.kind == Kind::Number);
    REQUIRE(std::holds_alternative<double>(fraction.number));
    CHECK(std::get<double>(fraction.number) == -7.3);
    CHECK(to_double(read_bls_cell("0").number) == 0.0);
}

TEST_CASE("BLS special codes and blanks are gaps, not numbers") {
    CHECK(read_bls_cell("").kind == Kind::Blank);
    CHECK(read_bls_cell("*").kind == Kind::NotPublished);
    CHECK(read_bls_cell("**").kind == Kind::NotPublished);
    CHECK(read_bls_cell("#").kind == Kind::TopCoded);
}

TEST_CASE("anything else is not a number") {
    for (const char* text : {"12x", "44,690", " 5", "5 ", "1e3", "+5", ".5", "5.", "-", "--1", "NaN", "inf",
                             "99999999999999999999"}) {
        INFO(text);
        CHECK(read_bls_cell(text).kind == Kind::NotANumber);
    }
}
