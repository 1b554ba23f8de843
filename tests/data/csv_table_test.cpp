#include <catch2/catch.hpp>

#include "core/base/input_error.hpp"
#include "core/data/csv_table.hpp"

using namespace medmap;
using namespace medmap::data;
using Catch::Matchers::Contains;

TEST_CASE("CSV records know the line they start on") {
    const auto records = parse_csv_records("a,b\r\n1,\"x\ny\"\r\n\r\n2,\"say \"\"hi\"\"\"\n3,\n", "t.csv");
    REQUIRE(records.size() == 4);
    CHECK(records[0].line == 1);
    CHECK(records[1].line == 2);
    CHECK(records[1].fields == std::vector<std::string>{"1", "x\ny"});
    // The quoted line break moves the next records down; the empty line is skipped.
    CHECK(records[2].line == 5);
    CHECK(records[2].fields == std::vector<std::string>{"2", "say \"hi\""});
    CHECK(records[3].line == 6);
    CHECK(records[3].fields == std::vector<std::string>{"3", ""});
}

TEST_CASE("CSV text may start with a UTF-8 BOM and end without a line break") {
    const auto records = parse_csv_records("\xEF\xBB\xBFyear,state\n2014,Texas", "t.csv");
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields.front() == "year");
    CHECK(records[1].fields == std::vector<std::string>{"2014", "Texas"});
}

TEST_CASE("malformed quoting is reported with its line") {
    CHECK_THROWS_WITH(parse_csv_records("a,b\n1,2\n3,x\"y\n", "t.csv"),
                      "t.csv: line 3: field 2 has a quote inside an unquoted value");
    CHECK_THROWS_WITH(parse_csv_records("a,b\n1,\"open\n\nstill open", "t.csv"),
                      "t.csv: line 2: field 2 opens a quote that is never closed");
    CHECK_THROWS_WITH(parse_csv_records("a,b\n\"x\"y,2\n", "t.csv"),
                      "t.csv: line 2: field 1 has text after its closing quote");
}

TEST_CASE("a CSV table checks its header and the width of every row") {
    const CsvTable table = CsvTable::parse("year,state,extra\n2014,Texas,1\n2015,Ohio,2\n", "t.csv", {"state", "year"});
    REQUIRE(table.row_count() == 2);
    CHECK(table.row(1)["state"] == "Ohio");
    CHECK(table.row(1).line() == 3);
    CHECK(table.row(1).place("year") == "line 3, field year");

    CHECK_THROWS_WITH(CsvTable::parse("year,state\n", "t.csv", {"year", "a_median"}),
                      "t.csv: line 1: missing column \"a_median\"");
    CHECK_THROWS_WITH(CsvTable::parse("year,year\n", "t.csv", {"year"}),
                      "t.csv: line 1: column \"year\" appears twice in the header");
    CHECK_THROWS_WITH(CsvTable::parse("year,state\n2014,Texas\n2015\n", "t.csv", {"year"}),
                      "t.csv: line 3: the row has 1 field but the header has 2 fields");
    CHECK_THROWS_WITH(CsvTable::parse("", "t.csv", {"year"}), "t.csv: the file is empty (no header line)");
}

TEST_CASE("a missing CSV file is an input error naming it") {
    CHECK_THROWS_AS(CsvTable::read("/nonexistent/medmap/x.csv", {"a"}), InputError);
    CHECK_THROWS_WITH(CsvTable::read("/nonexistent/medmap/x.csv", {"a"}), "/nonexistent/medmap/x.csv: no such file");
}
