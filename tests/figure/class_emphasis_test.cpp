// One legend class picked out: its states keep their colours, the others fade toward the
// background, in the map, the bars and the legend; the legend's rows map to classes.
#include <catch2/catch.hpp>

#include "core/figure/class_emphasis.hpp"
#include "figure_test_support.hpp"

using namespace medmap;
using namespace figure_test;

TEST_CASE("class emphasis keeps one class's fills and fades every other state, bar and swatch") {
    const figure::Figure fig = figure_for({});
    const figure::Figure picked = figure::with_class_emphasis(fig, 2);
    int kept = 0, faded = 0;
    for (std::size_t i = 0; i < fig.states.size(); ++i) {
        if (fig.states[i].class_index == 2) {
            CHECK(picked.states[i].fill == fig.states[i].fill);
            ++kept;
        } else {
            CHECK(picked.states[i].fill != fig.states[i].fill);
            // Faded means nearer the background: lighter on the light theme.
            CHECK(figure::relative_luminance(picked.states[i].fill) > figure::relative_luminance(fig.states[i].fill));
            ++faded;
        }
    }
    CHECK(kept > 0);
    CHECK(faded > 0);
    for (std::size_t b = 0; b < fig.ranking.bars.size(); ++b)
        CHECK((picked.ranking.bars[b].fill == fig.ranking.bars[b].fill) ==
              (fig.states[fig.ranking.bars[b].state].class_index == 2));
    CHECK(picked.legend.entries[2].fill == fig.legend.entries[2].fill);
    CHECK(picked.legend.entries[0].fill != fig.legend.entries[0].fill);
}

TEST_CASE("legend rows are classes low to high, then no data, and a continuous legend has none") {
    const figure::Figure fig = figure_for({});
    REQUIRE(fig.legend.entries.size() == 6);
    CHECK(figure::legend_row_class(fig, 0) == 0);
    CHECK(figure::legend_row_class(fig, 4) == 4);
    CHECK(figure::legend_row_class(fig, 5) == -1);
    CHECK_FALSE(figure::legend_row_class(fig, 6));
    figure::LayerSpec unclassed;
    unclassed.method = figure::ClassMethod::Unclassed;
    const figure::Figure ramp = figure_for(unclassed);
    for (std::size_t row = 0; row < ramp.legend.entries.size(); ++row)
        CHECK(figure::legend_row_class(ramp, row) == (ramp.legend.entries[row].no_data ? std::optional<int>(-1)
                                                                                         : std::nullopt));
}

TEST_CASE("the legend row under a point is the row whose swatch band holds it") {
    const figure::Figure fig = figure_for({});
    const figure::FigureLayout layout = figure::layout_figure(fig, atlas(), {0, 0, 1100, 720});
    for (std::size_t i = 0; i < layout.legend_rows.size(); ++i)
        CHECK(figure::legend_row_at(fig, layout, layout.legend_rows[i].swatch.center()) == i);
    CHECK_FALSE(figure::legend_row_at(fig, layout, {1, 1}));
}
