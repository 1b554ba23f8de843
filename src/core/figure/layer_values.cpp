#include "core/figure/layer_values.hpp"

#include "core/figure/break_rounding.hpp"
#include "core/figure/number_format.hpp"

namespace medmap::figure {

namespace {

bool is_count(data::MetricId m) { return m == data::MetricId::Employment || m == data::MetricId::Openings; }

}  // namespace

ValueUnit metric_unit(data::MetricId metric) {
    switch (metric) {
        case data::MetricId::MedianWage:
        case data::MetricId::MeanWage:
        case data::MetricId::AdjustedMedianWage:
        case data::MetricId::AdjustedMeanWage: return ValueUnit::Usd;
        case data::MetricId::Employment:
        case data::MetricId::Openings: return ValueUnit::Count;
        case data::MetricId::Growth: return ValueUnit::Percent;
    }
    return ValueUnit::Usd;
}

double display_step(ValueUnit unit) {
    switch (unit) {
        case ValueUnit::Usd:
        case ValueUnit::Count: return 1.0;
        case ValueUnit::Percent:
        case ValueUnit::PercentVsUs:
        case ValueUnit::PointsVsUs: return 0.1;
    }
    return 1.0;
}

std::string format_value(ValueUnit unit, double v) {
    switch (unit) {
        case ValueUnit::Usd: return format_usd(v);
        case ValueUnit::Count: return format_count(v);
        case ValueUnit::Percent:
        case ValueUnit::PercentVsUs: return format_percent(v, true);
        case ValueUnit::PointsVsUs: return format_points(v);
    }
    return {};
}

LayerValues layer_values(const data::Dataset& dataset, const geo::Atlas& atlas, const LayerSpec& spec) {
    LayerValues lv;
    const int year = spec.wage_year == 0 ? dataset.default_wage_year() : spec.wage_year;
    lv.us = dataset.us_figures(spec.specialty, year).get(spec.metric);
    lv.diverging = is_diverging(spec);
    lv.values.reserve(atlas.states.size());
    for (const auto& state : atlas.states)
        lv.values.push_back(dataset.figures(spec.specialty, state.usps, year).get(spec.metric));

    if (!spec.vs_us) {
        lv.unit = metric_unit(spec.metric);
        lv.display_step = display_step(lv.unit);
        if (lv.diverging && spec.centre == DivergingCentre::UsValue && lv.us) lv.centre = *lv.us;
        return lv;
    }

    // Difference from US: centred on zero, which is the US itself.
    const bool points = spec.metric == data::MetricId::Growth;
    lv.unit = points ? ValueUnit::PointsVsUs : ValueUnit::PercentVsUs;
    lv.display_step = display_step(lv.unit);
    lv.centre = 0;
    if (lv.us && (points || *lv.us > 0)) lv.reference = is_count(spec.metric) ? *lv.us / kAreasDrawn : *lv.us;
    for (auto& v : lv.values) {
        if (!v || !lv.reference) {
            v.reset();
            continue;
        }
        // Rounded to the display step, so a state's class and its shown value agree.
        const double diff = points ? *v - *lv.reference : (*v / *lv.reference - 1.0) * 100.0;
        v = round_to(diff, lv.display_step);
    }
    return lv;
}

}  // namespace medmap::figure
