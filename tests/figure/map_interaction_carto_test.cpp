// The window's rules for the cartographic keys: C, [ ], L and D.
#include <catch2/catch.hpp>

#include "core/figure/map_interaction.hpp"
#include "figure_test_support.hpp"

using namespace medmap;
using namespace figure_test;
using figure::ClassMethod;

TEST_CASE("the bracket keys step diverging layers between odd class counts, others one at a time") {
    figure::LayerSpec growth;
    growth.metric = data::MetricId::Growth;
    figure::MapInteraction m(dataset(), map(), growth);
    CHECK(m.change_class_count(1));
    CHECK(m.layer().classes == 7);
    CHECK(m.change_class_count(1));
    CHECK(m.layer().classes == 9);
    CHECK_FALSE(m.change_class_count(1));  // 9 is the most
    CHECK(m.change_class_count(-1));
    CHECK(m.layer().classes == 7);

    figure::MapInteraction wages(dataset(), map(), figure::LayerSpec{});
    CHECK(wages.change_class_count(-1));
    CHECK(wages.layer().classes == 4);
    // Four classes on a diverging layer show as five: ] goes to seven, [ to three.
    wages.toggle_vs_us();
    CHECK(figure_for(wages.layer()).classification.class_count() == 5);
    CHECK(wages.change_class_count(1));
    CHECK(wages.layer().classes == 7);
    CHECK(wages.change_class_count(-1));
    CHECK(wages.change_class_count(-1));
    CHECK(wages.layer().classes == 3);
    CHECK_FALSE(wages.change_class_count(-1));
}

TEST_CASE("C cycles from the layer's own default method") {
    figure::MapInteraction wages(dataset(), map(), figure::LayerSpec{});
    CHECK(wages.cycle_class_method());
    CHECK(wages.layer().method == ClassMethod::EqualInterval);  // after quantile

    figure::LayerSpec growth;
    growth.metric = data::MetricId::Growth;
    figure::MapInteraction m(dataset(), map(), growth);
    CHECK(m.cycle_class_method());
    CHECK(m.layer().method == ClassMethod::Unclassed);  // after pretty, the diverging default
}

TEST_CASE("L toggles labels, D toggles the difference from US and its default palette") {
    figure::LayerSpec spec;
    spec.palette = "Blues";
    figure::MapInteraction m(dataset(), map(), spec);
    CHECK(m.toggle_labels());
    CHECK(m.layer().labels);
    CHECK(m.toggle_labels());
    CHECK_FALSE(m.layer().labels);
    CHECK(m.toggle_vs_us());
    CHECK(m.layer().vs_us);
    CHECK(m.layer().palette.empty());  // a sequential choice would not suit a diverging scale
    CHECK(figure_for(m.layer()).spec.palette == "BrBG");
    m.toggle_vs_us();
    CHECK(figure_for(m.layer()).spec.palette == "YlGnBu");
}
