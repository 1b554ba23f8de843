// The packed lists of the web page: what map.js's list() unpacks (the browser test checks
// the page end to end; these pin the format).
#include <catch2/catch.hpp>
#include <climits>
#include <stdexcept>

#include "export/packed_list.hpp"

using medmap::exporter::kPackedDigits;
using medmap::exporter::pack_list;

TEST_CASE("pack_list: n + 1 in base 32, the last digit from the first half of the alphabet") {
    CHECK(pack_list({}).empty());
    CHECK(pack_list({-1}) == "A");  // "none"
    CHECK(pack_list({0}) == "B");
    CHECK(pack_list({30}) == "f");
    CHECK(pack_list({31}) == "hA");  // 32 = 1*32 + 0
    CHECK(pack_list({1022}) == "/f");  // 1023 = 31*32 + 31
    CHECK(pack_list({1023}) == "hgA");  // 1024 = 1*32^2 + 0*32 + 0
    CHECK(pack_list({0, -1, 31, 5}) == "BAhAG");
    const std::string big = pack_list({INT_MAX});
    CHECK(big.size() == 7);
    CHECK(kPackedDigits.find(big.back()) < 32);
    for (std::size_t i = 0; i + 1 < big.size(); ++i) CHECK(kPackedDigits.find(big[i]) >= 32);
}

TEST_CASE("pack_list: the alphabet is 64 distinct characters safe in JSON and <script>") {
    REQUIRE(kPackedDigits.size() == 64);
    for (std::size_t i = 0; i < kPackedDigits.size(); ++i) {
        const char c = kPackedDigits[i];
        CHECK(kPackedDigits.find(c) == i);
        CHECK(std::string_view("\"\\<>&'").find(c) == std::string_view::npos);
    }
}

TEST_CASE("pack_list: a number below -1 is refused") {
    CHECK_THROWS_AS(pack_list({3, -2}), std::invalid_argument);
}
