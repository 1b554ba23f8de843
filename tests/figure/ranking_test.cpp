// Ranks: 1 is the highest, ties share the better rank, states without data get none.
#include <catch2/catch.hpp>

#include "core/figure/ranking.hpp"
#include "figure_test_support.hpp"

using namespace medmap;
using figure::rank_values;

TEST_CASE("ranks: highest first, ties share the better rank, the next rank skips") {
    const std::vector<std::optional<double>> v{30, 50, 40, 50, 10, 40};
    const auto r = rank_values(v);
    REQUIRE(r.ranks.size() == 6);
    CHECK(r.with_data == 6);
    CHECK(*r.ranks[1] == 1);
    CHECK(*r.ranks[3] == 1);
    CHECK(*r.ranks[2] == 3);
    CHECK(*r.ranks[5] == 3);
    CHECK(*r.ranks[0] == 5);
    CHECK(*r.ranks[4] == 6);
}

TEST_CASE("ranks: states without data get no rank and are not counted") {
    const std::vector<std::optional<double>> v{std::nullopt, 5.0, std::nullopt, 7.0, 5.0};
    const auto r = rank_values(v);
    CHECK(r.with_data == 3);
    CHECK_FALSE(r.ranks[0]);
    CHECK_FALSE(r.ranks[2]);
    CHECK_FALSE(r.at(2));
    CHECK(*r.ranks[3] == 1);
    CHECK(*r.ranks[1] == 2);
    CHECK(*r.ranks[4] == 2);
    REQUIRE(r.at(4));
    CHECK(r.at(4)->of == 3);
    CHECK(figure::rank_phrase(*r.at(4)) == "2nd of 3 states with data");
    CHECK(rank_values(std::vector<std::optional<double>>{}).with_data == 0);
    CHECK(rank_values(std::vector<std::optional<double>>{std::nullopt}).with_data == 0);
}

TEST_CASE("ranks: negative growth ranks below zero, one state ranks 1st of 1") {
    const auto r = rank_values(std::vector<std::optional<double>>{-2.5, 0.0, 3.1});
    CHECK(*r.ranks[0] == 3);
    CHECK(*r.ranks[1] == 2);
    CHECK(*r.ranks[2] == 1);
    const auto one = rank_values(std::vector<std::optional<double>>{std::nullopt, 4.0});
    CHECK(figure::rank_phrase(*one.at(1)) == "1st of 1 state with data");
}

TEST_CASE("ordinals: 1st 2nd 3rd 4th, 11th-13th, 21st, 22nd, 101st, 111th") {
    CHECK(figure::ordinal(1) == "1st");
    CHECK(figure::ordinal(2) == "2nd");
    CHECK(figure::ordinal(3) == "3rd");
    CHECK(figure::ordinal(4) == "4th");
    CHECK(figure::ordinal(11) == "11th");
    CHECK(figure::ordinal(12) == "12th");
    CHECK(figure::ordinal(13) == "13th");
    CHECK(figure::ordinal(21) == "21st");
    CHECK(figure::ordinal(22) == "22nd");
    CHECK(figure::ordinal(101) == "101st");
    CHECK(figure::ordinal(111) == "111th");
}

TEST_CASE("ranks from the committed stats: EMT growth leaves out Nevada, every rank counted once") {
    const auto& ds = figure_test::dataset();
    const auto& areas = figure::ranked_areas();
    REQUIRE(areas.size() == 51);
    const auto r = figure::rank_metric(ds, "emt", data::MetricId::Growth, 2014, areas);
    const auto nv = std::find(areas.begin(), areas.end(), "NV") - areas.begin();
    CHECK_FALSE(r.ranks[static_cast<std::size_t>(nv)]);
    CHECK(r.with_data < 51);
    // Each state's rank is 1 + the number of states with a strictly higher figure.
    for (std::size_t i = 0; i < areas.size(); ++i) {
        const auto v = ds.figures("emt", areas[i], 2014).growth_pct;
        if (!v) continue;
        int higher = 0;
        for (const auto& other : areas) {
            const auto w = ds.figures("emt", other, 2014).growth_pct;
            higher += w && *w > *v;
        }
        CHECK(*r.ranks[i] == higher + 1);
    }
}
