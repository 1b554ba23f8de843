#include <catch2/catch.hpp>

#include "export/page_size.hpp"

using namespace medmap::exporter;

TEST_CASE("PDF page names: a slide by default, letter and A4 lying like the figure, or inches") {
    CHECK(parse_page("slide", true) == kSlidePage);
    CHECK(kSlidePage.width_pt == Approx(13.333 * 72).epsilon(1e-4));
    CHECK(kSlidePage.height_pt == Approx(7.5 * 72));
    CHECK(parse_page("letter", true) == PageSize{792, 612});
    CHECK(parse_page("Letter", false) == PageSize{612, 792});
    const auto a4 = parse_page("a4", true);
    REQUIRE(a4);
    CHECK(a4->width_pt == Approx(841.89).epsilon(1e-4));
    CHECK(a4->height_pt == Approx(595.28).epsilon(1e-4));
    CHECK(parse_page("11x8.5", false) == PageSize{792, 612});  // as given, not turned
    CHECK(parse_page("4X3", true) == PageSize{288, 216});
}

TEST_CASE("PDF page names: anything else is refused") {
    for (const char* bad : {"", "legal", "x", "11x", "x8.5", "0x5", "-1x5", "11x8.5x2", "300x10", "nanx5", "1e400x5",
                            "11 x 8.5", "0.001x0.001"}) {
        INFO("'" << bad << "'");
        CHECK_FALSE(parse_page(bad, true));
    }
}
