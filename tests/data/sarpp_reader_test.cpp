// BEA SARPP: the all-items price levels of the bundled stats and the adjusted wages
// derived from them.
#include <catch2/catch.hpp>

#include "core/data/dataset.hpp"
#include "official_test_support.hpp"

using namespace medmap::data;
using namespace medmap::test;

TEST_CASE("BEA SARPP: all-items price levels and derived adjusted wages") {
    if (!std::filesystem::is_directory(kShared)) {
        WARN("skipped: ../shared is absent");
        return;
    }
    const Dataset d = load_dataset(kBundled);
    // SARPP_STATE_2008_2023.csv, LineCode 3 "RPPs: All items".
    CHECK(d.price_level("US", 2014) == 100.0);
    const Figures tx = d.figures("emt", "TX", 2014);
    REQUIRE(tx.price_level);
    REQUIRE(tx.median_wage);
    CHECK(tx.adjusted_median_wage == Approx(*tx.median_wage * 100.0 / *tx.price_level));
    CHECK(d.price_level_source()->name == "BEA Regional Price Parities by state (SARPP), all items");
    CHECK_FALSE(d.figures("emt", "TX", 2014).price_level != d.price_level("TX", 2014));
}
