#include "core/figure/web_layers.hpp"

#include <algorithm>

#include "core/figure/number_format.hpp"

namespace medmap::figure {

std::vector<LayerSpec> every_layer(const data::Dataset& dataset, const LayerSpec& base) {
    std::vector<LayerSpec> layers;
    for (const data::Specialty& specialty : dataset.specialties())
        for (const data::Metric& metric : dataset.metrics())
            for (int year : dataset.wage_years()) {
                LayerSpec spec = base;
                spec.specialty = specialty.slug;
                spec.metric = metric.id;
                spec.wage_year = year;
                layers.push_back(std::move(spec));
            }
    return layers;
}

std::vector<StateReport> state_reports(const data::Dataset& dataset, const geo::Atlas& atlas, const LayerSpec& spec) {
    const data::Specialty* specialty = dataset.find_specialty(spec.specialty);
    if (!specialty) throw std::invalid_argument("unknown specialty '" + spec.specialty + "'");
    const int year = spec.wage_year ? spec.wage_year : dataset.default_wage_year();
    const ReportRankings rankings = report_rankings(dataset, specialty->slug, year);
    std::vector<StateReport> reports;
    reports.reserve(atlas.states.size());
    for (const geo::ProjectedState& state : atlas.states)
        reports.push_back(build_state_report(dataset, *specialty, state.name, state.usps, year, rankings));
    return reports;
}

std::vector<std::string> value_texts(const Figure& fig) {
    std::vector<std::string> texts;
    texts.reserve(fig.states.size());
    for (const StateStyle& state : fig.states) {
        // A vs-US layer shows the difference in the legend's unit; a plain layer the figure.
        if (fig.spec.vs_us) texts.push_back(state.value ? format_value(fig.unit, *state.value) : "no data");
        else texts.push_back(format_metric(fig.spec.metric, state.value));
    }
    return texts;
}

void share_view(std::vector<FigureLayout>& layouts, const std::vector<Figure>& figures, const geo::Atlas& atlas,
                const TextMeasure& measure) {
    if (layouts.empty()) return;
    const auto smallest = std::min_element(layouts.begin(), layouts.end(), [](const auto& a, const auto& b) {
        return a.view.scale < b.view.scale;
    });
    const geo::ViewTransform view = smallest->view;
    for (std::size_t i = 0; i < layouts.size() && i < figures.size(); ++i)
        if (layouts[i].view.scale != view.scale || layouts[i].view.offset.x != view.offset.x ||
            layouts[i].view.offset.y != view.offset.y)
            set_view(layouts[i], figures[i], atlas, view, measure);
}

}  // namespace medmap::figure
