// BLS Employment Projections: a national round, the states no data with the reason.
#include <catch2/catch.hpp>

#include "core/data/dataset.hpp"
#include "official_test_support.hpp"

using namespace medmap;
using namespace medmap::data;
using namespace medmap::test;
using Catch::Matchers::Contains;

TEST_CASE("BLS Employment Projections: a national round, states with the reason") {
    if (!std::filesystem::is_directory(kShared)) {
        WARN("skipped: ../shared is absent");
        return;
    }
    Dataset d = import_into_bundled({(kShared / "bls-ep-national-2024-2034" / "occupation.xlsx").string()});
    CHECK(d.projection_rounds() == std::vector<std::string>{"2012-2022", "2024-2034"});
    CHECK(d.projection_period() == "2012-2022");  // the default stays
    d.use_projection_round("2024-2034");
    // PROVENANCE samples: 29-2034 +4.3%, 12.9 thousand openings; 29-2052 +6.4%, 49.0.
    CHECK(d.us_figures("radiologic", 2014).growth_pct == 4.3);
    CHECK(d.us_figures("radiologic", 2014).openings == 12900);
    CHECK(d.us_figures("pharmacy", 2014).growth_pct == 6.4);
    CHECK(d.us_figures("lab-technologist", 2014).growth_pct == 1.7);
    CHECK(d.projection_supplied_by("lab-technologist")->soc == "29-2010");
    CHECK_FALSE(d.figures("pharmacy", "NV", 2014).growth_pct);
    CHECK_THAT(d.no_data_reason("pharmacy", "NV", 2014, MetricId::Growth), Contains("national only"));
    CHECK_THAT(d.source_citation(2014), Contains("BLS Employment Projections, 2024\u20132034"));
}
