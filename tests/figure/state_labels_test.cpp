// State labels: at each state's pole of inaccessibility, inside the state, readable on
// its fill, hidden where they do not fit, revealed by zooming in.
#include <catch2/catch.hpp>
#include <set>

#include "core/figure/layout.hpp"
#include "core/figure/palette.hpp"
#include "core/figure/state_labels.hpp"
#include "core/figure/window_layout.hpp"
#include "figure_test_support.hpp"

using namespace medmap;
using namespace figure_test;

namespace {

struct Scene {
    figure::Figure fig;
    figure::FigureLayout layout;
};

Scene labelled_growth() {
    figure::LayerSpec spec;
    spec.metric = data::MetricId::Growth;
    spec.labels = true;
    Scene s;
    s.fig = figure_for(spec);
    const auto window = figure::layout_window(1280, 800, dataset().specialties());
    s.layout = figure::layout_figure(s.fig, atlas(), window.canvas);
    return s;
}

std::set<std::string> labelled(const std::vector<figure::StateLabel>& labels) {
    std::set<std::string> out;
    for (const auto& l : labels)
        if (!l.in_callout) out.insert(atlas().states[l.state].usps);
    return out;
}

}  // namespace

TEST_CASE("every label lies inside its state: its centre and its text's corners pick it") {
    const Scene s = labelled_growth();
    for (double zoom : {1.0, 3.0, 8.0}) {
        const auto view = s.layout.view.zoomed(zoom, s.layout.map.center());
        const auto labels = figure::state_labels(s.fig, atlas(), view, s.layout.map, s.layout.label_px, {});
        REQUIRE_FALSE(labels.empty());
        for (const auto& l : labels) {
            if (l.in_callout) continue;
            INFO(atlas().states[l.state].usps << " at zoom " << zoom);
            CHECK(map().picker.pick(view.to_map(l.centre)) == l.state);
            const double w = figure::measure_text({}, l.text, l.slot.size_px, true), h = 0.73 * l.slot.size_px;
            for (double dx : {-w / 2, w / 2})
                for (double dy : {-h / 2, h / 2})
                    CHECK(map().picker.pick(view.to_map({l.centre.x + dx, l.centre.y + dy})) == l.state);
            CHECK(l.color == s.fig.states[l.state].label_color);
            CHECK(l.text == atlas().states[l.state].usps);
        }
    }
}

TEST_CASE("at the default zoom the big states are labelled and the small ones are not, zooming in shows more") {
    const Scene s = labelled_growth();
    const auto at_default = labelled(figure::state_labels(s.fig, atlas(), s.layout.view, s.layout.map, s.layout.label_px, {}));
    for (const char* big : {"TX", "CA", "MT", "NY", "PA", "FL", "KS", "ME"}) CHECK(at_default.count(big) == 1);
    // The callout states are labelled in their boxes, never on the map.
    for (const char* small : {"DC", "RI", "DE", "CT", "NJ", "MD", "MA", "VT", "NH"}) CHECK(at_default.count(small) == 0);
    CHECK(at_default.size() >= 35);

    // Zoomed 6x onto Hawaii, it gets its label (at the national scale it may be too small).
    const auto& hi = atlas().states[state_index("HI")];
    const auto centre = s.layout.view.to_screen(s.fig.label_anchors[state_index("HI")].center);
    auto zoomed = s.layout.view.zoomed(6.0, centre);
    zoomed = zoomed.panned({s.layout.map.center().x - centre.x, s.layout.map.center().y - centre.y});
    const auto near_hi = labelled(figure::state_labels(s.fig, atlas(), zoomed, s.layout.map, s.layout.label_px, {}));
    CHECK(near_hi.count(hi.usps) == 1);

    // Over the whole map, more labels fit as the zoom grows (all counted, none clipped).
    auto count_fitting = [&](double zoom) {
        const auto v = s.layout.view.zoomed(zoom, s.layout.map.center());
        const geo::Box everywhere{-1e9, -1e9, 1e9, 1e9};
        return labelled(figure::state_labels(s.fig, atlas(), v, everywhere, s.layout.label_px, {})).size();
    };
    CHECK(count_fitting(1.0) < count_fitting(4.0));
    CHECK(count_fitting(4.0) >= 42);  // every state but the nine in callouts, and more
    // Zoomed 8x, the callout states whose codes fit are labelled on the map too (with
    // room to spare for the leader line's dot), so zooming in to the north-east shows
    // CT, MA and NJ where they are.
    const auto v = s.layout.view.zoomed(8.0, s.layout.map.center());
    const auto zoomed_in = labelled(figure::state_labels(s.fig, atlas(), v, {-1e9, -1e9, 1e9, 1e9}, s.layout.label_px, {}));
    for (const char* small : {"CT", "MA", "NJ"}) CHECK(zoomed_in.count(small) == 1);
}

TEST_CASE("callout boxes carry their codes whether or not labels are on") {
    figure::LayerSpec spec;
    const auto fig = figure_for(spec);
    const auto layout = figure::layout_figure(fig, atlas(), {0, 0, 1920, 1080});
    const auto labels = figure::state_labels(fig, atlas(), layout.view, layout.map, layout.label_px, {});
    REQUIRE(labels.size() == 9);
    for (const auto& l : labels) {
        CHECK(l.in_callout);
        CHECK(l.slot.size_px >= 8);
    }
    CHECK(fig.label_anchors.empty());  // not computed when labels are off
}

TEST_CASE("label colours are readable on every class colour of every palette, and on no data") {
    for (auto kind : {figure::PaletteKind::Sequential, figure::PaletteKind::Diverging})
        for (const auto& name : figure::palette_names(kind))
            for (int n = 3; n <= 9; ++n) {
                const auto colors = figure::palette_colors(name, n).value();
                for (const auto& fill : colors) {
                    INFO(name << " " << n);
                    CHECK(figure::contrast_ratio(figure::readable_text_on(fill), fill) >= 4.0);
                }
            }
    for (auto theme : {figure::Theme::Light, figure::Theme::Dark}) {
        const auto no_data = figure::theme_colors(theme).no_data;
        CHECK(figure::contrast_ratio(figure::readable_text_on(no_data), no_data) >= 4.0);
    }
    // And the figure uses it.
    figure::LayerSpec spec;
    spec.metric = data::MetricId::Growth;
    for (const auto& st : figure_for(spec).states) CHECK(st.label_color == figure::readable_text_on(st.fill));
}

TEST_CASE("label anchors are found once per atlas, and only once a layer shows labels") {
    const geo::Atlas fresh = atlas();  // a copy starts without them
    figure::LayerSpec plain, labelled, labelled_growth;
    labelled.labels = labelled_growth.labels = true;
    labelled_growth.metric = data::MetricId::Growth;
    CHECK(figure::build_figure(dataset(), fresh, plain).label_anchors.empty());
    CHECK_FALSE(fresh.label_anchors.computed());

    const figure::Figure first = figure::build_figure(dataset(), fresh, labelled);
    REQUIRE(fresh.label_anchors.computed());
    const std::vector<geo::InteriorPoint>* found = &figure::atlas_label_anchors(fresh);
    CHECK(makes_when_asked(fresh.label_anchors, [&] { return figure::label_anchors(fresh); }) == 0);
    const figure::Figure second = figure::build_figure(dataset(), fresh, labelled_growth);
    CHECK(&figure::atlas_label_anchors(fresh) == found);
    // The shared anchors are the ones finding them afresh gives.
    const std::vector<geo::InteriorPoint> afresh = figure::label_anchors(fresh);
    REQUIRE(first.label_anchors.size() == afresh.size());
    REQUIRE(second.label_anchors.size() == afresh.size());
    for (std::size_t i = 0; i < afresh.size(); ++i) {
        INFO(fresh.states[i].usps);
        CHECK(first.label_anchors[i].center == afresh[i].center);
        CHECK(second.label_anchors[i].center == afresh[i].center);
        CHECK(second.label_anchors[i].clearance == afresh[i].clearance);
    }
}
