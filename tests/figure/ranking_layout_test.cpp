// The ranking view's layout: every state fits the window's canvas without scrolling, rows
// do not overlap, bars are sorted and measured from zero.
#include <catch2/catch.hpp>

#include "core/figure/figure_view.hpp"
#include "figure_test_support.hpp"

using namespace medmap;
using namespace figure_test;

namespace {

void check_fits(const figure::Figure& fig, double w, double h, figure::FigureView view) {
    const geo::Box canvas{0, 0, w, h};
    const auto l = figure::layout_view(fig, atlas(), canvas, view);
    REQUIRE(l.bars);
    const auto& bars = *l.bars;
    INFO(w << "x" << h);
    REQUIRE(bars.rows.size() == fig.ranking.bars.size());
    CHECK(bars.rows.size() == atlas().states.size());
    CHECK(bars.columns.size() <= 3);
    // Never below the layout's legible minimum (11 px at unit 1; the map's text shrinks alike).
    CHECK(bars.text_px >= 11 * l.map.unit - 1e-9);
    CHECK(bars.text_px >= 8);
    for (std::size_t i = 0; i < bars.rows.size(); ++i) {
        const auto& r = bars.rows[i].row;
        CHECK(r.min_x >= canvas.min_x);
        CHECK(r.max_x <= canvas.max_x);
        CHECK(r.min_y >= bars.area.min_y);
        CHECK(r.max_y <= bars.area.max_y + 1e-6);
        CHECK(r.max_y <= l.map.source.top_left.y);  // never over the source line
        for (std::size_t j = i + 1; j < bars.rows.size(); ++j) {
            const auto& o = bars.rows[j].row;
            const bool apart = o.min_y >= r.max_y - 1e-6 || o.max_y <= r.min_y + 1e-6 || o.min_x >= r.max_x ||
                               o.max_x <= r.min_x;
            CHECK(apart);
        }
    }
}

}  // namespace

TEST_CASE("ranking layout: all 51 rows fit 1280x800 and 800x600 without overlapping") {
    for (auto metric : {data::MetricId::MedianWage, data::MetricId::Growth}) {
        figure::LayerSpec spec;
        spec.metric = metric;
        const auto fig = figure_for(spec);
        check_fits(fig, 1280, 800, figure::FigureView::Bars);
        check_fits(fig, 800, 600, figure::FigureView::Bars);
        check_fits(fig, 1920, 1080, figure::FigureView::Both);
    }
}

TEST_CASE("ranking chart: sorted by rank, no-data states last with no bar, bars start at zero") {
    figure::LayerSpec spec;
    spec.metric = data::MetricId::Growth;  // EMT growth: Nevada has none
    const auto fig = figure_for(spec);
    const auto& chart = fig.ranking;
    bool seen_no_data = false;
    for (std::size_t i = 0; i < chart.bars.size(); ++i) {
        const auto& b = chart.bars[i];
        if (b.no_data()) {
            seen_no_data = true;
            CHECK_FALSE(b.rank);
            CHECK(b.value_label.rfind("no data", 0) == 0);
            continue;
        }
        CHECK_FALSE(seen_no_data);  // every ranked bar comes before the first without data
        if (i > 0 && !chart.bars[i - 1].no_data()) {
            CHECK(*chart.bars[i - 1].rank <= *b.rank);
            CHECK(*chart.bars[i - 1].value >= *b.value);
        }
        CHECK(fig.states[b.state].rank == b.rank);
        CHECK(b.fill == fig.states[b.state].fill);
    }
    CHECK(seen_no_data);
    const auto nv = std::find_if(chart.bars.begin(), chart.bars.end(), [](const auto& b) { return b.usps == "NV"; });
    REQUIRE(nv != chart.bars.end());
    CHECK(nv->no_data());
    CHECK(chart.reference);
    CHECK(chart.reference_label == "US +23.1%");

    const auto l = figure::layout_view(fig, atlas(), {0, 0, 1280, 800}, figure::FigureView::Bars);
    const auto& first = l.bars->rows.front();
    const auto& col = l.bars->columns.front();
    // Growth is all positive here: the bar starts at the track's left (zero) and is the longest.
    CHECK(first.bar_box.min_x == Approx(col.track.min_x));
    for (const auto& row : l.bars->rows)
        if (!row.bar_box.empty()) CHECK(row.bar_box.width() <= first.bar_box.width() + 1e-9);
    // Hovering a row finds its state.
    const auto hit = figure::ranking_state_at(fig, *l.bars, first.row.center());
    REQUIRE(hit);
    CHECK(*hit == chart.bars.front().state);
    CHECK_FALSE(figure::ranking_state_at(fig, *l.bars, {-5, -5}));
}

TEST_CASE("ranking chart: counts are measured against the average state, vs-US views against zero") {
    figure::LayerSpec spec;
    spec.metric = data::MetricId::Employment;
    auto fig = figure_for(spec);
    REQUIRE(fig.ranking.reference);
    CHECK(*fig.ranking.reference == Approx(*fig.us_value / 51));
    CHECK(fig.ranking.reference_label.rfind("Average state ", 0) == 0);
    spec.metric = data::MetricId::MedianWage;
    spec.vs_us = true;
    fig = figure_for(spec);
    CHECK(*fig.ranking.reference == 0);
    CHECK(fig.ranking.reference_label == "US");
    CHECK(fig.ranking.axis_min < 0);
    CHECK(fig.ranking.axis_max > 0);
}
