// The window's two-state tooltip: the comparison's lines in columns that never overlap,
// inside the window at every size, the text shrinking where the window is narrow.
#include <catch2/catch.hpp>

#include "core/figure/comparison_tooltip.hpp"
#include "figure_test_support.hpp"

using namespace medmap;
using namespace figure_test;

namespace {

figure::StateComparison texas_vs_colorado() {
    const data::Specialty* emt = dataset().find_specialty("emt");
    REQUIRE(emt);
    return figure::build_state_comparison(dataset(), *emt, {"Texas", "TX"}, {"Colorado", "CO"}, 2014);
}

// Every text's box (by the estimate measure: 0.6 em a character).
geo::Box box_of(const figure::OverlayText& t, const figure::FurnitureStyle& s) {
    const double w = figure::measure_text(s.measure, t.text, t.slot.size_px, t.weight == figure::FontWeight::Bold);
    return {t.slot.top_left.x, t.slot.top_left.y, t.slot.top_left.x + w, t.slot.top_left.y + t.slot.size_px};
}

}  // namespace

TEST_CASE("comparison tooltip: heading, both states, the US and the difference, for every metric line") {
    const auto c = texas_vs_colorado();
    figure::FurnitureStyle style;
    const auto o = figure::comparison_tooltip_overlay(c, {400, 300}, {0, 0, 1280, 800}, style);
    std::string all;
    for (const auto& t : o.texts) all += t.text + "\n";
    CHECK(all.find("Texas vs Colorado\n") != std::string::npos);
    for (const auto& line : c.lines) {
        CHECK(all.find(line.label + "\n" + line.first + "\n" + line.second + "\n" + line.us + "\n" + line.difference) !=
              std::string::npos);
    }
}

TEST_CASE("comparison tooltip: inside the window at every size, with no two texts overlapping") {
    const auto c = texas_vs_colorado();
    for (double w : {640.0, 1280.0, 1920.0}) {
        const geo::Box window{0, 0, w, w * 0.625};
        figure::FurnitureStyle style;
        style.text_px = w < 1000 ? 12 : 14;
        for (geo::Vec2 anchor : {geo::Vec2{5, 5}, geo::Vec2{w - 5, window.max_y - 5}, window.center()}) {
            const auto o = figure::comparison_tooltip_overlay(c, anchor, window, style);
            INFO(w << " at " << anchor.x << "," << anchor.y);
            const geo::Box b = o.bounds();
            CHECK(b.min_x >= 0);
            CHECK(b.max_x <= w + 0.5);
            CHECK(b.max_y <= window.max_y + 0.5);
            for (std::size_t i = 0; i < o.texts.size(); ++i) {
                const geo::Box bi = box_of(o.texts[i], style);
                CHECK(bi.max_x <= b.max_x + 0.5);
                for (std::size_t j = i + 1; j < o.texts.size(); ++j) {
                    if (o.texts[i].text.empty() || o.texts[j].text.empty()) continue;
                    const geo::Box bj = box_of(o.texts[j], style);
                    const bool overlap = bi.min_x < bj.max_x - 0.5 && bj.min_x < bi.max_x - 0.5 &&
                                         bi.min_y < bj.max_y - 0.5 && bj.min_y < bi.max_y - 0.5;
                    INFO(o.texts[i].text << " / " << o.texts[j].text);
                    CHECK_FALSE(overlap);
                }
            }
        }
    }
}
