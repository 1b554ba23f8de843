// Wrapping text into lines: every line fits where the words allow, nothing is lost or
// reordered, and parentheses stay on one line.
#include <catch2/catch.hpp>

#include "core/figure/text_wrap.hpp"

using namespace medmap;

namespace {

// 10 px per character: widths are easy to reason about.
const figure::TextMeasure kTenPerChar = [](const std::string& s, double, bool) { return 10.0 * s.size(); };

std::string joined(const std::vector<std::string>& lines) {
    std::string all;
    for (const auto& l : lines) all += (all.empty() ? "" : " ") + l;
    return all;
}

}  // namespace

TEST_CASE("wrapped lines fit the room and keep every word in order") {
    const std::string text = "next metric: median wage, mean wage, growth, openings, employment";
    for (double room : {80.0, 150.0, 300.0, 1000.0}) {
        INFO(room);
        const auto lines = figure::wrapped(kTenPerChar, text, 12, room, false);
        CHECK(joined(lines) == text);
        for (const auto& l : lines)
            if (l.find(' ') != std::string::npos) CHECK(10.0 * l.size() <= room);  // single words may not fit
    }
    CHECK(figure::wrapped(kTenPerChar, text, 12, 1000, false).size() == 1);
    CHECK(figure::wrapped(kTenPerChar, text, 12, 300, false).size() == 3);
}

TEST_CASE("wrapping keeps a parenthesis on one line") {
    const auto lines = figure::wrapped(kTenPerChar, "Median wage, adjusted (BEA RPP, US = 100)", 12, 200, true);
    REQUIRE(lines.size() >= 2);
    CHECK(lines.back() == "(BEA RPP, US = 100)");
}
