// The hover frame's repair areas: the pixels a box surely covers, and a rectangle with
// others taken out, checked pixel by pixel against a plain membership test.
#include <catch2/catch.hpp>

#include "window/pixel_rects.hpp"

using namespace medmap;

namespace {

bool inside(const sf::IntRect& r, int x, int y) {
    return x >= r.left && x < r.left + r.width && y >= r.top && y < r.top + r.height;
}

}  // namespace

TEST_CASE("pixels_within keeps only whole pixels") {
    CHECK(window::pixels_within({10.0, 20.0, 30.0, 25.0}) == sf::IntRect(10, 20, 20, 5));
    CHECK(window::pixels_within({10.2, 20.7, 30.9, 25.1}) == sf::IntRect(11, 21, 19, 4));
    CHECK(window::pixels_within({10.2, 20.2, 10.9, 40.0}).width == 0);  // no whole pixel
    CHECK(window::pixels_within(geo::Box{}).width == 0);
}

TEST_CASE("uncovered leaves exactly the pixels outside the covers, each once") {
    const sf::IntRect rect{10, 10, 40, 30};
    const std::vector<std::vector<sf::IntRect>> cases{
        {},                                          // nothing taken out
        {{20, 15, 10, 10}},                          // a hole in the middle
        {{0, 0, 100, 100}},                          // all of it
        {{0, 0, 15, 100}},                           // the left edge
        {{45, 35, 20, 20}},                          // a corner
        {{100, 100, 5, 5}},                          // far away
        {{20, 15, 10, 10}, {25, 5, 30, 12}, {5, 30, 12, 30}},  // several, overlapping
    };
    for (std::size_t c = 0; c < cases.size(); ++c) {
        INFO("case " << c);
        const auto pieces = window::uncovered(rect, cases[c]);
        for (int y = 0; y < 60; ++y)
            for (int x = 0; x < 70; ++x) {
                bool covered = false;
                for (const auto& cut : cases[c]) covered |= inside(cut, x, y);
                const bool expected = inside(rect, x, y) && !covered;
                int count = 0;
                for (const auto& p : pieces) count += inside(p, x, y);
                if (count != (expected ? 1 : 0)) FAIL("pixel " << x << "," << y << " in " << count << " pieces");
            }
    }
}
