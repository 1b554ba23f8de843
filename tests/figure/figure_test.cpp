// The figure built from the committed data: classes, colours, legends and titles.
#include <catch2/catch.hpp>
#include <cmath>

#include "core/figure/diverging_classification.hpp"
#include "core/figure/palette.hpp"
#include "figure_test_support.hpp"

using namespace medmap;
using namespace figure_test;
using figure::ClassMethod;
using figure::LayerSpec;
using Catch::Matchers::Contains;

TEST_CASE("every state with a figure has exactly one class, a state without has none and the no-data fill") {
    int layers = 0;
    for (const auto& specialty : dataset().specialties()) {
        for (const auto& metric : dataset().metrics()) {
            for (auto method : {ClassMethod::Quantile, ClassMethod::EqualInterval, ClassMethod::Jenks,
                                ClassMethod::Pretty, ClassMethod::Unclassed}) {
                for (int classes = 3; classes <= 9; classes += 2) {
                    for (bool vs_us : {false, true}) {
                        LayerSpec spec;
                        spec.specialty = specialty.slug;
                        spec.metric = metric.id;
                        spec.method = method;
                        spec.classes = classes;
                        spec.vs_us = vs_us;
                        const auto fig = figure_for(spec);
                        ++layers;
                        const auto& c = fig.classification;
                        const int n = c.class_count();
                        for (std::size_t i = 0; i < fig.states.size(); ++i) {
                            const auto& st = fig.states[i];
                            INFO(specialty.slug << " " << metric.slug << " " << figure::to_string(method) << " "
                                                << classes << (vs_us ? " vs US " : " ") << atlas().states[i].usps);
                            if (!st.value) {
                                CHECK(st.class_index == -1);
                                CHECK(st.fill == fig.colors.no_data);
                                continue;
                            }
                            REQUIRE(st.class_index >= 0);
                            REQUIRE(st.class_index < n);
                            // In exactly one class: at or above its lower edge, below the next.
                            int holding = 0;
                            for (int k = 0; k < n; ++k) {
                                const double lo = c.edges[static_cast<std::size_t>(k)];
                                const double hi = c.edges[static_cast<std::size_t>(k) + 1];
                                holding += *st.value >= lo && (*st.value < hi || (k == n - 1 && *st.value <= hi));
                            }
                            CHECK(holding == 1);
                            if (method != ClassMethod::Unclassed)
                                CHECK(st.fill == fig.legend.entries[static_cast<std::size_t>(st.class_index)].fill);
                        }
                    }
                }
            }
        }
    }
    CHECK(layers == 12 * 7 * 5 * 4 * 2);  // 7 metrics: 5 published, 2 adjusted for local prices
}

TEST_CASE("Michigan and West Virginia growth is no data, in its own legend entry") {
    LayerSpec spec;
    spec.metric = data::MetricId::Growth;
    for (const auto& specialty : dataset().specialties()) {
        spec.specialty = specialty.slug;
        const auto fig = figure_for(spec);
        INFO(specialty.slug);
        CHECK(fig.states[state_index("MI")].no_data());
        CHECK(fig.states[state_index("WV")].no_data());
        REQUIRE_FALSE(fig.legend.entries.empty());
        CHECK(fig.legend.entries.back().no_data);
        CHECK(fig.legend.entries.back().label == "no data");
        // The no-data grey is no class colour.
        for (std::size_t i = 0; i + 1 < fig.legend.entries.size(); ++i)
            CHECK(fig.legend.entries[i].fill != fig.colors.no_data);
    }
}

TEST_CASE("growth is diverging about the specialty's US growth, in BrBG, with a neutral middle class") {
    LayerSpec spec;
    spec.metric = data::MetricId::Growth;
    const auto fig = figure_for(spec);
    const auto& c = fig.classification;
    REQUIRE(c.diverging);
    CHECK(fig.spec.palette == "BrBG");
    CHECK(c.centre == Approx(23.1));  // EMTs' US growth 2012-2022
    REQUIRE(c.class_count() == 5);
    CHECK(c.class_of(23.1) == 2);
    // The middle class is BrBG's neutral middle colour and says where the US is.
    CHECK(fig.legend.entries[2].fill == (*figure::palette_colors("BrBG", 5))[2]);
    CHECK_THAT(fig.legend.entries[2].label, Contains("(US +23.1%)"));
    // States beyond the neutral band are on the teal side above the US, brown below.
    const double band_lo = c.edges[2], band_hi = c.edges[3];
    CHECK(band_lo < 23.1);
    CHECK(band_hi > 23.1);
    int above = 0, below = 0;
    for (const auto& st : fig.states) {
        if (!st.value) continue;
        if (*st.value >= band_hi) above += st.class_index > 2;
        else if (*st.value < band_lo) below += st.class_index < 2;
        else CHECK(st.class_index == 2);
    }
    CHECK(above > 0);
    CHECK(below > 0);

    spec.centre = figure::DivergingCentre::Zero;
    const auto zero = figure_for(spec);
    CHECK(zero.classification.centre == 0);
    CHECK(zero.classification.class_of(0) == zero.classification.middle_class());
    CHECK_THAT(zero.legend.entries[2].label, !Contains("US"));

    spec.classes = 6;  // even: the next odd count
    CHECK(figure_for(spec).classification.class_count() == 7);
}

TEST_CASE("wages stay sequential and quantile by default, with round breaks") {
    const auto fig = figure_for(LayerSpec{});
    CHECK_FALSE(fig.classification.diverging);
    CHECK(fig.classification.method == ClassMethod::Quantile);
    CHECK(figure_for([] {
              LayerSpec s;
              s.metric = data::MetricId::Growth;
              return s;
          }())
              .classification.method == ClassMethod::Pretty);  // diverging: symmetric round steps
    CHECK(fig.spec.palette == "YlGnBu");
    const auto& e = fig.classification.edges;
    REQUIRE(e.size() == 6);
    // Each break is the roundest number between two states' wages (class_membership_test):
    // here 28,500 / 30,390 / 32,000 / 37,000, the second as round as its narrow gap allows.
    for (std::size_t i = 1; i + 1 < e.size(); ++i) CHECK(std::fmod(e[i], 10.0) == 0);
    CHECK(fig.legend.entries.front().label.rfind("under $", 0) == 0);
    CHECK_THAT(fig.legend.entries[4].label, Contains("and over"));
}

TEST_CASE("difference from US: percent for wages, points for growth, the average state for counts") {
    const int year = dataset().default_wage_year();
    const auto tx = dataset().figures("emt", "TX", year), us = dataset().us_figures("emt", year);
    LayerSpec spec;
    spec.vs_us = true;
    auto wages = figure_for(spec);
    CHECK(wages.classification.diverging);
    CHECK(wages.classification.centre == 0);
    CHECK(wages.unit == figure::ValueUnit::PercentVsUs);
    CHECK(*wages.states[state_index("TX")].value ==
          Approx(std::round((*tx.median_wage / *us.median_wage - 1) * 1000) / 10));
    CHECK_THAT(wages.title, Contains("Median annual wage vs US"));
    CHECK_THAT(wages.legend.title, Contains("% vs US"));
    CHECK(wages.spec.palette == "BrBG");
    CHECK(wages.classification.class_of(0) == wages.classification.middle_class());

    spec.metric = data::MetricId::Growth;
    auto growth = figure_for(spec);
    CHECK(growth.unit == figure::ValueUnit::PointsVsUs);
    CHECK(*growth.states[state_index("TX")].value == Approx(*tx.growth_pct - *us.growth_pct).margin(1e-9));
    CHECK_THAT(growth.legend.title, Contains("points vs US"));
    CHECK_THAT(growth.legend.entries.front().label, Contains("pts"));
    CHECK(growth.states[state_index("MI")].no_data());

    spec.metric = data::MetricId::Employment;
    auto jobs = figure_for(spec);
    CHECK(*jobs.states[state_index("TX")].value ==
          Approx(std::round((*tx.employment / (*us.employment / 51) - 1) * 1000) / 10));
    CHECK_THAT(jobs.legend.title, Contains("% vs the average state"));
    CHECK_THAT(jobs.title, Contains("Employment vs the average state"));
    CHECK_THAT(jobs.legend.entries[2].label, Contains("(average state)"));
    CHECK_THAT(wages.legend.entries[2].label, Contains("(US)"));
    CHECK_THAT(jobs.subtitle, Contains("divided by 51"));
}

TEST_CASE("unclassed layers get a continuous gradient legend: min and max labelled, plus no data") {
    LayerSpec spec;
    spec.method = ClassMethod::Unclassed;
    const auto fig = figure_for(spec);
    REQUIRE(fig.legend.gradient);
    const auto& g = *fig.legend.gradient;
    CHECK(g.colors.size() >= 32);
    CHECK(g.colors.front() != g.colors.back());
    CHECK(g.low_label == "$24,570");  // EMTs' lowest and highest state medians, May 2014
    CHECK(g.high_label == "$54,140");
    CHECK(g.centre_label.empty());
    REQUIRE(fig.legend.entries.size() == 1);
    CHECK(fig.legend.entries[0].no_data);
    // Fills follow the value: the lowest state is the ramp's light end.
    double lightest = 0;
    for (const auto& st : fig.states)
        if (st.value) lightest = std::max(lightest, figure::cielab_lightness(st.fill));
    CHECK(lightest == Approx(figure::cielab_lightness(figure::ramp_color("YlGnBu", 0))).margin(1.0));

    spec.metric = data::MetricId::Growth;
    const auto growth = figure_for(spec);
    REQUIRE(growth.legend.gradient);
    CHECK(growth.legend.gradient->centre_label == "US +23.1%");
    // The centre is the ramp's neutral middle: a state at the US growth would be BrBG's middle.
    const auto mid = figure::ramp_color("BrBG", 0.5);
    CHECK(figure::cielab_lightness(mid) > 90);
}
