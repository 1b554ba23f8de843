// Callout boxes for DC and the small north-eastern states: placed at sea, pickable as
// their state, clear of each other, the land and the legend.
#include <catch2/catch.hpp>
#include <set>

#include "core/figure/callouts.hpp"
#include "core/figure/layout.hpp"
#include "core/figure/map_interaction.hpp"
#include "core/figure/window_layout.hpp"
#include "figure_test_support.hpp"

using namespace medmap;
using namespace figure_test;

namespace {

bool cross(geo::Vec2 a, geo::Vec2 b, geo::Vec2 c, geo::Vec2 d) {
    auto side = [](geo::Vec2 o, geo::Vec2 p, geo::Vec2 q) { return (p.x - o.x) * (q.y - o.y) - (p.y - o.y) * (q.x - o.x); };
    return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

geo::Box to_pixels(const geo::Box& b, const geo::ViewTransform& v) {
    geo::Box px;
    px.include(v.to_screen({b.min_x, b.min_y}));
    px.include(v.to_screen({b.max_x, b.max_y}));
    return px;
}

}  // namespace

TEST_CASE("DC, RI, DE, CT, NJ, MD, MA, VT and NH each get one callout box") {
    const auto callouts = figure::place_callouts(atlas());
    std::set<std::string> states;
    for (const auto& c : callouts) states.insert(atlas().states[c.state].usps);
    CHECK(states == std::set<std::string>{"DC", "RI", "DE", "CT", "NJ", "MD", "MA", "VT", "NH"});
    CHECK(callouts.size() == 9);
    CHECK_FALSE(figure::has_callout("TX"));
}

TEST_CASE("every callout box picks its state, the point under it is sea") {
    const auto callouts = figure::place_callouts(atlas());
    const auto& picker = map().picker;
    for (const auto& c : callouts) {
        INFO(atlas().states[c.state].usps);
        // A grid over the whole box, edges included.
        for (int i = 0; i <= 10; ++i) {
            for (int j = 0; j <= 10; ++j) {
                const geo::Vec2 p{c.box.min_x + c.box.width() * i / 10, c.box.min_y + c.box.height() * j / 10};
                CHECK(figure::pick_state(picker, callouts, p) == c.state);
                CHECK_FALSE(picker.pick(p).has_value());  // no state's land under the box
            }
        }
        // The leader line ends in its state.
        CHECK(picker.pick(c.leader_to) == c.state);
        CHECK(c.leader_from.x == c.box.min_x);
    }
    // Outside the boxes picking is unchanged.
    const auto& tx = atlas().states[state_index("TX")];
    CHECK(figure::pick_state(picker, callouts, tx.bounds.center()) == picker.pick(tx.bounds.center()));
}

TEST_CASE("callout boxes overlap no state, no other box, and no leader line crosses another") {
    const auto callouts = figure::place_callouts(atlas());
    for (std::size_t i = 0; i < callouts.size(); ++i) {
        INFO(atlas().states[callouts[i].state].usps);
        for (const auto& s : atlas().states) {
            // Bounds first, then the exact test through the picker along the box's edges.
            if (!s.bounds.intersects(callouts[i].box)) continue;
            const auto& b = callouts[i].box;
            for (int k = 0; k <= 40; ++k) {
                const double t = k / 40.0;
                for (geo::Vec2 p : {geo::Vec2{b.min_x + b.width() * t, b.min_y}, geo::Vec2{b.min_x + b.width() * t, b.max_y},
                                    geo::Vec2{b.min_x, b.min_y + b.height() * t}, geo::Vec2{b.max_x, b.min_y + b.height() * t}})
                    CHECK_FALSE(map().picker.pick(p).has_value());
            }
        }
        for (std::size_t j = i + 1; j < callouts.size(); ++j) {
            CHECK_FALSE(callouts[i].box.intersects(callouts[j].box));
            CHECK_FALSE(cross(callouts[i].leader_from, callouts[i].leader_to, callouts[j].leader_from,
                              callouts[j].leader_to));
        }
    }
}

TEST_CASE("at the default window and export layouts the boxes are on the map, clear of the legend") {
    const auto window = figure::layout_window(1280, 800, dataset().specialties());
    for (auto metric : {data::MetricId::MedianWage, data::MetricId::Growth}) {
        for (int classes : {5, 9}) {
            figure::LayerSpec spec;
            spec.metric = metric;
            spec.classes = classes;
            const auto fig = figure_for(spec);
            for (const geo::Box& canvas : {window.canvas, geo::Box{0, 0, 1920, 1080}}) {
                const auto layout = figure::layout_figure(fig, atlas(), canvas);
                for (const auto& c : fig.callouts) {
                    INFO(atlas().states[c.state].usps << " on " << canvas.width() << "x" << canvas.height()
                                                      << ", " << classes << " classes");
                    const geo::Box px = to_pixels(c.box, layout.view);
                    CHECK_FALSE(px.intersects(layout.legend));
                    // Fitted flush to the frame, within half a pixel (as set_view shows them).
                    const geo::Box frame{layout.map.min_x - 0.5, layout.map.min_y - 0.5, layout.map.max_x + 0.5,
                                         layout.map.max_y + 0.5};
                    CHECK(frame.contains({px.min_x, px.min_y}));
                    CHECK(frame.contains({px.max_x, px.max_y}));
                    CHECK(px.height() >= 18);  // room for a two-letter code
                }
            }
        }
    }
}

TEST_CASE("hovering a callout box hovers its state") {
    figure::MapInteraction interaction(dataset(), map(), figure::LayerSpec{});
    for (const auto& c : figure::place_callouts(atlas())) {
        INFO(atlas().states[c.state].usps);
        interaction.hover_at(c.box.center());
        CHECK(interaction.hovered() == c.state);
    }
}

TEST_CASE("callouts are placed once per atlas: every layer's figure shares the first one's") {
    const geo::Atlas fresh = atlas();  // a copy starts without them
    REQUIRE_FALSE(fresh.callouts.computed());
    figure::LayerSpec wages, growth;
    growth.metric = data::MetricId::Growth;
    const figure::Figure first = figure::build_figure(dataset(), fresh, wages);
    REQUIRE(fresh.callouts.computed());
    const std::vector<figure::Callout>* placed = &figure::atlas_callouts(fresh);
    CHECK(makes_when_asked(fresh.callouts, [&] { return figure::place_callouts(fresh); }) == 0);
    const figure::Figure second = figure::build_figure(dataset(), fresh, growth);
    CHECK(&figure::atlas_callouts(fresh) == placed);
    // The shared boxes are the ones placing them afresh gives.
    const std::vector<figure::Callout> afresh = figure::place_callouts(fresh);
    REQUIRE(first.callouts.size() == afresh.size());
    REQUIRE(second.callouts.size() == afresh.size());
    for (std::size_t k = 0; k < afresh.size(); ++k) {
        INFO(fresh.states[afresh[k].state].usps);
        for (const figure::Figure* fig : {&first, &second}) {
            const figure::Callout& c = fig->callouts[k];
            CHECK(c.state == afresh[k].state);
            CHECK(c.box.min_x == afresh[k].box.min_x);
            CHECK(c.box.min_y == afresh[k].box.min_y);
            CHECK(c.box.max_x == afresh[k].box.max_x);
            CHECK(c.box.max_y == afresh[k].box.max_y);
            CHECK(c.leader_from == afresh[k].leader_from);
            CHECK(c.leader_to == afresh[k].leader_to);
        }
    }
}
