// The window's whole screen, decided by the core without a display: for the minimum, the
// default and a full-HD window and every layer, the callout boxes stay inside the map's
// frame, the tooltip inside the window, the side panel's names fit and differ and the
// help fits; and the rules the window follows: finding a state, letters as shortcuts,
// the pointer leaving, re-fitting the map when the legend changes.
#include <catch2/catch.hpp>

#include <set>

#include "core/data/metric_slugs.hpp"
#include "core/figure/window_session.hpp"
#include "figure_test_support.hpp"
#include "window_session_test_support.hpp"

using namespace medmap;
using namespace figure_test;
using namespace window_session_test;

namespace {

struct Size {
    unsigned w, h;
};
constexpr Size kSizes[] = {{640, 400}, {800, 600}, {1280, 800}, {1920, 1080}};


geo::Box on_screen(const geo::Box& b, const geo::ViewTransform& v) {
    geo::Box px;
    px.include(v.to_screen({b.min_x, b.min_y}));
    px.include(v.to_screen({b.max_x, b.max_y}));
    return px;
}

figure::KeyPress named(figure::NamedKey key) {
    figure::KeyPress p;
    p.key = key;
    return p;
}

void type(figure::WindowSession& s, const std::string& text) {
    for (char c : text) s.text(static_cast<char32_t>(c));
}

void check_screen(const figure::WindowSession& s, Size size) {
    const geo::Box window{0, 0, static_cast<double>(size.w), static_cast<double>(size.h)};
    const auto& fig = s.figure();
    const auto& layout = s.figure_layout();
    REQUIRE(fig.callouts.size() == 9);
    for (std::size_t k = 0; k < fig.callouts.size(); ++k) {
        INFO(atlas().states[fig.callouts[k].state].usps);
        CHECK(layout.callout_shown[k]);
        CHECK(inside(layout.callout_boxes[k], layout.map));
        CHECK_FALSE(layout.callout_boxes[k].intersects(layout.legend));
        CHECK(std::min(layout.callout_boxes[k].width(), layout.callout_boxes[k].height()) >= 12.8);
    }
    CHECK(inside(layout.legend, window));
    CHECK(inside(on_screen(atlas().bounds, layout.view), layout.map));
}

}  // namespace

TEST_CASE("window: at every size and for every layer, callout boxes stay in the map frame, clear of the legend") {
    for (Size size : kSizes) {
        figure::WindowSession s(dataset(), map(), {}, {}, {});
        s.resize(size.w, size.h);
        for (std::size_t sp = 0; sp < dataset().specialties().size(); ++sp) {
            s.text(static_cast<char32_t>(figure::specialty_key(sp)[0]));
            for (std::size_t m = 0; m < dataset().metrics().size(); ++m) {  // all 7 (M's cycle)
                INFO(size.w << "x" << size.h << " " << s.figure().title);
                check_screen(s, size);
                s.text('m');
            }
        }
        s.text('d');  // difference from US
        s.text('l');  // labels
        INFO(size.w << "x" << size.h << " vs US with labels");
        check_screen(s, size);
    }
}

TEST_CASE("window: M to growth re-fits the map to the wider legend, as starting with growth does") {
    figure::WindowSession by_keys(dataset(), map(), {}, {}, {});
    by_keys.resize(1280, 800);
    by_keys.text('m');
    by_keys.text('m');
    figure::LayerSpec growth;
    growth.metric = data::MetricId::Growth;
    figure::WindowSession started(dataset(), map(), growth, {}, {});
    started.resize(1280, 800);
    CHECK(by_keys.figure().title == started.figure().title);
    CHECK(by_keys.figure_layout().view.scale == Approx(started.figure_layout().view.scale));
    CHECK(by_keys.figure_layout().view.offset.x == Approx(started.figure_layout().view.offset.x));
    CHECK(by_keys.figure_layout().view.offset.y == Approx(started.figure_layout().view.offset.y));
}

TEST_CASE("window: the tooltip stays inside the window wherever the pointer is") {
    for (Size size : kSizes) {
        figure::WindowSession s(dataset(), map(), {}, {}, {});
        s.resize(size.w, size.h);
        const geo::Box window{0, 0, static_cast<double>(size.w), static_cast<double>(size.h)};
        int shown = 0;
        for (const auto& st : atlas().states) {
            const geo::Vec2 p = s.interaction().view().to_screen(st.bounds.center());
            s.pointer_moved(p, false);
            const auto overlays = s.overlays();
            if (!s.interaction().hovered()) continue;
            ++shown;
            INFO(size.w << "x" << size.h << " " << st.usps);
            REQUIRE_FALSE(overlays.front().empty());
            CHECK(inside(overlays.front().bounds(), window));
        }
        CHECK(shown >= 45);
    }
}

TEST_CASE("window: the side panel's names fit their rows and differ from each other") {
    for (Size size : kSizes) {
        figure::WindowSession s(dataset(), map(), {}, {}, {});
        s.resize(size.w, size.h);
        const auto& wl = s.window_layout();
        std::set<std::string> names;
        for (const auto& row : wl.specialty_rows) {
            INFO(size.w << "x" << size.h << " " << row.label);
            CHECK(figure::measure_text({}, row.label, wl.text_px, true) + wl.text_px * 2.6 <= row.box.max_x);
            names.insert(row.label);
            CHECK(row.box.max_y <= size.h);
        }
        CHECK(names.size() == wl.specialty_rows.size());
        CHECK(names.count("Lab technicians") + names.count("Medical and clinical lab technicians") == 1);
    }
}

TEST_CASE("window: the help overlay fits the window, scrolling where it must") {
    for (Size size : kSizes) {
        figure::WindowSession s(dataset(), map(), {}, {}, {});
        s.resize(size.w, size.h);
        s.key(named(figure::NamedKey::F1));
        const auto overlays = s.overlays();
        const geo::Box window{0, 0, static_cast<double>(size.w), static_cast<double>(size.h)};
        INFO(size.w << "x" << size.h);
        REQUIRE(overlays.size() >= 2);
        CHECK(inside(overlays.back().bounds(), window));
        const geo::Box box = overlays.back().bounds();
        std::string all;
        for (const auto& t : overlays.back().texts) {
            CHECK(t.slot.top_left.y < box.max_y);
            // Long descriptions wrap instead of running past the box (800x600 cut "M" short).
            CHECK(t.slot.top_left.x + figure::measure_text({}, t.text, t.slot.size_px, t.weight == figure::FontWeight::Bold) <=
                  box.max_x);
            all += t.text + " ";
        }
        if (size.h >= 800) CHECK(all.find("adjusted median and mean wage") != std::string::npos);
    }
}

TEST_CASE("window: the find field takes every key, finds by name or code, and Enter selects") {
    figure::WindowSession s(dataset(), map(), {}, {}, {});
    s.resize(1280, 800);
    figure::KeyPress ctrl_f;
    ctrl_f.ctrl = true;
    ctrl_f.letter = 'f';
    CHECK(s.key(ctrl_f));
    REQUIRE(s.find_open());
    const auto layer_before = s.figure().title;
    type(s, "rhode");  // 'r' (reset) and 'd' (difference from US) are shortcuts outside the field
    CHECK(s.figure().title == layer_before);
    s.key(named(figure::NamedKey::Enter));
    CHECK_FALSE(s.find_open());
    REQUIRE(s.interaction().hovered());
    CHECK(atlas().states[*s.interaction().hovered()].usps == "RI");
    CHECK_FALSE(s.overlays().front().empty());  // its tooltip shows

    s.text('/');
    type(s, "ma");
    s.key(named(figure::NamedKey::Enter));
    CHECK(atlas().states[*s.interaction().hovered()].usps == "MA");  // the code wins over Maine

    s.text('/');
    type(s, "zz");
    s.key(named(figure::NamedKey::Escape));
    CHECK_FALSE(s.find_open());
}

TEST_CASE("window: outside the find field letters are shortcuts only and select no state") {
    Logged logged;
    figure::WindowSession s(dataset(), map(), {}, logged.hooks(), {});
    s.resize(1280, 800);
    type(s, "ma");
    CHECK_FALSE(s.interaction().hovered());
    CHECK(s.interaction().layer().metric == data::MetricId::MeanWage);  // M did its one job
    type(s, "ri");
    CHECK_FALSE(s.interaction().hovered());
}

TEST_CASE("window: the pointer leaving the window or the window losing focus removes the tooltip and highlight") {
    figure::WindowSession s(dataset(), map(), {}, {}, {});
    s.resize(1280, 800);
    const auto& tx = atlas().states[state_index("TX")];
    s.pointer_moved(s.interaction().view().to_screen(tx.bounds.center()), false);
    REQUIRE(s.interaction().hovered());
    CHECK_FALSE(s.highlights().empty());
    CHECK(s.pointer_left());
    CHECK(s.highlights().empty());
    CHECK(s.overlays().front().empty());

    s.pointer_moved(s.interaction().view().to_screen(tx.bounds.center()), false);
    REQUIRE_FALSE(s.highlights().empty());
    CHECK(s.focus_lost());
    CHECK(s.highlights().empty());
}

TEST_CASE("window: --log-events names the figure's rectangle and the export flags of every layer") {
    Logged logged;
    auto hooks = logged.hooks();
    hooks.layer_flags = [](const figure::LayerSpec& l) { return l.specialty + " " + std::string(data::metric_slug(l.metric)); };
    figure::WindowSession s(dataset(), map(), {}, hooks, {});
    s.resize(1280, 800);
    REQUIRE_FALSE(logged.lines.empty());
    const auto& c = s.window_layout().canvas;
    CHECK(logged.lines.front() == "figure " + std::to_string(std::lround(c.min_x)) + " 0 " +
                                      std::to_string(std::lround(c.width())) + " 800");
    s.text('m');
    CHECK(logged.lines.back() == "layer emt mean-wage");
    s.resize(500, 300);  // below the minimum: held at 640x400
    CHECK(logged.lines.back().find(" 400") != std::string::npos);
}

TEST_CASE("window: zoomed in, callout boxes that would leave the frame hide with their leader lines") {
    figure::WindowSession s(dataset(), map(), {}, {}, {});
    s.resize(1280, 800);
    const auto& tx = atlas().states[state_index("TX")];
    const geo::Vec2 at_tx = s.interaction().view().to_screen(tx.bounds.center());
    for (int i = 0; i < 6; ++i) s.wheel(1, at_tx);
    const auto& layout = s.figure_layout();
    int hidden = 0;
    for (std::size_t k = 0; k < s.figure().callouts.size(); ++k) {
        const geo::Box& box = layout.callout_boxes[k];
        if (!layout.callout_shown[k]) ++hidden;
        else CHECK(inside(box, layout.map));
    }
    CHECK(hidden == 9);
}
