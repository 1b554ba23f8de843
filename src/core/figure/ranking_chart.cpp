#include "core/figure/ranking_chart.hpp"

#include <algorithm>

#include "core/figure/figure.hpp"
#include "core/figure/number_format.hpp"
#include "core/figure/ranking.hpp"

namespace medmap::figure {

namespace {

bool is_count(data::MetricId m) { return m == data::MetricId::Employment || m == data::MetricId::Openings; }

std::string lower_first(std::string s) {
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
    return s;
}

// Where the reference line goes and what it says. A count's US total dwarfs every state,
// so counts are measured against the average state (the US figure / 51), as the
// difference-from-US view does (layer_values.hpp).
void set_reference(RankingChart& chart, const Figure& fig, const LayerValues& lv) {
    const bool count = is_count(fig.spec.metric);
    if (fig.spec.vs_us) {
        if (lv.reference) {
            chart.reference = 0.0;
            chart.reference_label = count ? "Average state" : "US";
        }
        return;
    }
    if (!lv.us) return;
    chart.reference = count ? *lv.us / kAreasDrawn : *lv.us;
    chart.reference_label = count ? "Average state " + format_value(fig.unit, *chart.reference) + " (US \u00f7 " +
                                        std::to_string(kAreasDrawn) + ")"
                                  : "US " + format_value(fig.unit, *chart.reference);
}

}  // namespace

void rank_figure_states(Figure& fig, const data::Dataset& dataset, const geo::Atlas& atlas, const LayerValues& lv) {
    const data::Metric& metric = dataset.metric(fig.spec.metric);
    std::vector<std::optional<double>> raw;
    raw.reserve(atlas.states.size());
    for (std::size_t i = 0; i < atlas.states.size(); ++i) {
        // Only what the map shows is ranked: a vs-US view without a US figure ranks none.
        std::optional<double> v;
        if (fig.states[i].value) v = dataset.figures(fig.spec.specialty, atlas.states[i].usps, fig.spec.wage_year).get(metric.id);
        raw.push_back(v);
    }
    const Ranking ranking = rank_values(raw);

    RankingChart& chart = fig.ranking;
    chart = {};
    chart.heading = "Ranked by " + lower_first(metric.name) + (fig.spec.vs_us ? " (difference shown)" : "") +
                    ", highest first";
    chart.with_data = ranking.with_data;
    for (std::size_t i = 0; i < atlas.states.size(); ++i) {
        StateStyle& st = fig.states[i];
        st.rank = ranking.ranks[i];
        RankedBar bar;
        bar.state = i;
        bar.name = atlas.states[i].name;
        bar.usps = atlas.states[i].usps;
        bar.rank = st.rank;
        bar.value = st.value;
        bar.value_label = st.value ? format_value(fig.unit, *st.value)
                                   : st.no_data_reason.empty() ? "no data" : "no data: " + st.no_data_reason;
        bar.reason = st.no_data_reason;
        bar.fill = st.fill;
        if (st.value) {
            chart.axis_min = std::min(chart.axis_min, *st.value);
            chart.axis_max = std::max(chart.axis_max, *st.value);
        }
        chart.bars.push_back(std::move(bar));
    }
    std::stable_sort(chart.bars.begin(), chart.bars.end(), [](const RankedBar& a, const RankedBar& b) {
        if (a.rank.has_value() != b.rank.has_value()) return a.rank.has_value();
        if (a.rank && *a.rank != *b.rank) return *a.rank < *b.rank;
        return a.name < b.name;
    });
    set_reference(chart, fig, lv);
    if (chart.reference) {
        chart.axis_min = std::min(chart.axis_min, *chart.reference);
        chart.axis_max = std::max(chart.axis_max, *chart.reference);
    }
}

}  // namespace medmap::figure
