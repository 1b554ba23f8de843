// Exploring in the window, decided by the core without a display: Y steps through the wage
// years, B shows the ranking, a click pins a state for comparison, the legend's classes
// fade the others, and the save dialog carries the view shown.
#include <catch2/catch.hpp>

#include "core/data/metric_slugs.hpp"
#include "core/figure/window_session.hpp"
#include "figure_test_support.hpp"
#include "window_session_test_support.hpp"

using namespace medmap;
using namespace figure_test;
using namespace window_session_test;

TEST_CASE("window: Y and Shift+Y step through the wage years the stats hold, and the title follows") {
    figure::WindowSession s(dataset(), map(), {}, {}, {});
    s.resize(1280, 800);
    REQUIRE(s.figure().title.find("May 2014") != std::string::npos);
    s.text('y');
    CHECK(s.figure().title.find("May 2015") != std::string::npos);
    s.text('Y');
    s.text('Y');
    CHECK(s.figure().title.find("May 2013") != std::string::npos);
    // State employment for May 2013 is not in the source: shown as no data, with a reason.
    s.text('m');
    s.text('m');
    s.text('m');
    s.text('m');  // employment
    CHECK(s.figure().spec.metric == data::MetricId::Employment);
    int no_data = 0;
    for (const auto& st : s.figure().states) no_data += st.no_data();
    CHECK(no_data >= 40);
}

TEST_CASE("window: B shows map and ranking, then the ranking alone, and hovering a bar is hovering its state") {
    Logged logged;
    figure::WindowSession s(dataset(), map(), {}, logged.hooks(), {});
    s.resize(1280, 800);
    REQUIRE(s.view() == figure::FigureView::Map);
    s.text('b');
    CHECK(s.view() == figure::FigureView::Both);
    REQUIRE(s.view_layout().bars);
    s.text('B');
    CHECK(s.view() == figure::FigureView::Bars);
    const auto& bars = *s.view_layout().bars;
    REQUIRE(bars.rows.size() == 51);
    // Every row fits the window at 1280x800 without scrolling.
    const geo::Box window{0, 0, 1280, 800};
    for (const auto& row : bars.rows) CHECK(inside(row.row, window));
    const auto& first = bars.rows.front();
    s.pointer_moved(first.row.center(), false);
    REQUIRE(s.interaction().hovered());
    CHECK(*s.interaction().hovered() == s.figure().ranking.bars[first.bar].state);
    CHECK(s.highlights().size() == 1);
    CHECK(logged.lines.back().rfind("hover ", 0) == 0);
    // The map is not drawn: a point where it was picks no state, and the wheel does not zoom.
    const double scale = s.interaction().view().scale;
    CHECK_FALSE(s.wheel(1, {700, 400}));
    CHECK(s.interaction().view().scale == scale);
    s.text('b');
    CHECK(s.view() == figure::FigureView::Map);
    CHECK_FALSE(s.view_layout().bars);
}

TEST_CASE("window: a click pins a state, hovering another shows both side by side, Esc or a second click unpins") {
    Logged logged;
    figure::WindowSession s(dataset(), map(), {}, logged.hooks(), {});
    s.resize(1280, 800);
    const auto at = [&](const std::string& usps) {
        return s.interaction().view().to_screen(atlas().states[state_index(usps)].bounds.center());
    };
    auto tooltip_text = [&] {
        const auto overlays = s.overlays();  // kept: a range-for over a temporary's member would dangle
        std::string all;
        for (const auto& t : overlays.front().texts) all += t.text + "\n";
        return all;
    };
    s.pointer_moved(at("TX"), false);
    s.button_pressed(at("TX"));
    CHECK(s.button_released(at("TX")));
    REQUIRE(s.pinned() == state_index("TX"));
    CHECK(logged.lines.back() == "pin TX");
    s.pointer_moved(at("CO"), false);
    CHECK(tooltip_text().find("Texas vs Colorado") != std::string::npos);
    CHECK(s.highlights().size() == 2);
    const geo::Box window{0, 0, 1280, 800};
    CHECK(inside(s.overlays().front().bounds(), window));
    // Off every state the pinned state's own tooltip stays.
    s.pointer_left();
    CHECK(tooltip_text().find("Texas\n") != std::string::npos);
    figure::KeyPress esc;
    esc.key = figure::NamedKey::Escape;
    s.key(esc);
    CHECK_FALSE(s.pinned());
    CHECK(logged.lines.back() == "pin none");
    // A second click on the pinned state unpins it too.
    s.pointer_moved(at("CO"), false);
    s.button_pressed(at("CO"));
    s.button_released(at("CO"));
    REQUIRE(s.pinned() == state_index("CO"));
    s.button_pressed(at("CO"));
    s.button_released(at("CO"));
    CHECK_FALSE(s.pinned());
}

TEST_CASE("window: hovering a legend class fades the other states, a click keeps it, a new layer clears it") {
    Logged logged;
    figure::WindowSession s(dataset(), map(), {}, logged.hooks(), {});
    s.resize(1280, 800);
    const auto& rows = s.figure_layout().legend_rows;
    REQUIRE(rows.size() == 6);  // five classes and no data
    const geo::Vec2 top_class = rows[4].swatch.center();
    const auto before = s.figure_generation();
    CHECK(s.pointer_moved(top_class, false));
    REQUIRE(s.emphasized_class() == 4);
    CHECK(s.figure_generation() != before);
    CHECK(logged.lines.back() == "legend-class 4");
    int kept = 0, faded = 0;
    for (const auto& st : s.figure().states) (st.class_index == 4 ? kept : faded) += 1;
    CHECK(kept > 0);
    CHECK(faded > 0);
    // Moving off the legend restores the colours; a click keeps the class until clicked again.
    s.pointer_moved({700, 400}, false);
    CHECK_FALSE(s.emphasized_class());
    s.pointer_moved(top_class, false);
    s.button_pressed(top_class);
    s.button_released(top_class);
    s.pointer_moved({700, 400}, false);
    CHECK(s.emphasized_class() == 4);
    s.text('m');  // another metric: other classes
    CHECK_FALSE(s.emphasized_class());
}

TEST_CASE("window: the save dialog offers CSV, and a save carries the view the window shows") {
    figure::SaveRequest seen;
    figure::WindowHooks hooks;
    hooks.save = [&](const figure::LayerSpec&, const figure::ViewCarry&, const figure::SaveRequest& r) {
        seen = r;
        return std::vector<std::string>{"x"};
    };
    figure::WindowSession s(dataset(), map(), {}, hooks, {});
    s.resize(1280, 800);
    s.text('b');
    figure::KeyPress save_as;
    save_as.ctrl = save_as.shift = true;
    save_as.letter = 's';
    s.key(save_as);
    figure::KeyPress left;
    left.key = figure::NamedKey::Left;  // PNG -> the last format, CSV
    s.key(left);
    figure::KeyPress enter;
    enter.key = figure::NamedKey::Enter;
    s.key(enter);
    CHECK(seen.formats == std::vector<std::string>{"csv"});
    CHECK(seen.view == figure::FigureView::Both);
}
