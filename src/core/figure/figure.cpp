#include "core/figure/figure.hpp"

#include <stdexcept>

#include "core/figure/number_format.hpp"
#include "core/figure/palette.hpp"

namespace medmap::figure {

namespace {

using data::MetricId;

std::string legend_title(const data::Metric& metric) {
    if (metric.id == MetricId::Growth) return metric.name + " (% change)";
    if (metric.unit == "USD") return metric.name + " (USD)";
    return metric.name + " (" + metric.unit + ")";
}

// "low – high" where high is the next class's lower edge minus one display step, so a
// boundary value visibly belongs to exactly one class.
std::vector<std::string> class_labels(const Classification& c, MetricId metric) {
    std::vector<std::string> labels;
    const double step = display_step(metric);
    const int n = c.class_count();
    for (int i = 0; i < n; ++i) {
        double lo = c.edges[i];
        double hi = (i + 1 == n) ? c.edges[i + 1] : c.edges[i + 1] - step;
        if (hi <= lo) labels.push_back(format_metric(metric, lo));
        else labels.push_back(format_metric(metric, lo) + " \u2013 " + format_metric(metric, hi));
    }
    return labels;
}

std::string title_for(const data::Specialty& s, const data::Metric& m, int year, const std::string& period) {
    std::string when = (m.source == "projections") ? format_period(period) : "May " + std::to_string(year);
    return s.name + ": " + m.name + ", " + when;
}

Rgba readable_on(Rgba fill) {
    return relative_luminance(fill) > 0.35 ? Rgba{20, 20, 20, 255} : Rgba{250, 250, 250, 255};
}

}  // namespace

ThemeColors theme_colors(Theme theme) {
    if (theme == Theme::Dark)
        return {{24, 26, 31, 255},   {236, 238, 242, 255}, {160, 166, 178, 255}, {24, 26, 31, 255},
                {255, 214, 0, 255},  {70, 74, 84, 255},    {120, 126, 140, 255}, {34, 37, 44, 255},
                {88, 93, 105, 255}};
    return {{255, 255, 255, 255}, {25, 28, 33, 255},    {95, 100, 110, 255},  {255, 255, 255, 255},
            {20, 20, 20, 255},    {222, 222, 222, 255}, {150, 150, 150, 255}, {245, 246, 248, 255},
            {190, 194, 202, 255}};
}

Figure build_figure(const data::Dataset& dataset, const geo::Atlas& atlas, const LayerSpec& spec_in) {
    Figure fig;
    fig.spec = spec_in;
    LayerSpec& spec = fig.spec;
    const data::Specialty* specialty = dataset.find_specialty(spec.specialty);
    if (!specialty) throw std::invalid_argument("unknown specialty '" + spec.specialty + "'");
    if (spec.wage_year == 0) spec.wage_year = dataset.default_wage_year();
    if (!dataset.has_wage_year(spec.wage_year))
        throw std::invalid_argument("no wage data for year " + std::to_string(spec.wage_year));
    if (spec.palette.empty()) spec.palette = default_palette(spec.metric);
    const data::Metric& metric = dataset.metric(spec.metric);

    // Values of the drawn states; the classification sees only real, present figures.
    std::vector<double> present;
    fig.states.resize(atlas.states.size());
    for (std::size_t i = 0; i < atlas.states.size(); ++i) {
        auto v = dataset.figures(specialty->slug, atlas.states[i].usps, spec.wage_year).get(spec.metric);
        fig.states[i].value = v;
        if (v) present.push_back(*v);
    }
    fig.classification = classify(present, spec.method, spec.classes, display_step(spec.metric));

    const int n = fig.classification.class_count();
    auto colors = palette_colors(spec.palette, n);
    if (!colors) throw std::invalid_argument("unknown palette '" + spec.palette + "'");
    fig.colors = theme_colors(spec.theme);

    for (auto& st : fig.states) {
        if (!st.value) {
            st.fill = fig.colors.no_data;
        } else {
            st.class_index = fig.classification.class_of(*st.value);
            st.fill = (*colors)[static_cast<std::size_t>(st.class_index)];
            if (spec.method == ClassMethod::Unclassed) {
                // A continuous ramp: the fill follows the value's position between min and max.
                const auto& e = fig.classification.edges;
                double t = e.back() > e.front() ? (*st.value - e.front()) / (e.back() - e.front()) : 0.5;
                st.fill = ramp_color(spec.palette, t);
            }
        }
        st.label_color = readable_on(st.fill);
    }

    fig.legend.title = legend_title(metric);
    auto labels = class_labels(fig.classification, spec.metric);
    for (int i = 0; i < n; ++i) fig.legend.entries.push_back({(*colors)[i], labels[i], false});
    fig.legend.entries.push_back({fig.colors.no_data, "no data", true});

    fig.title = title_for(*specialty, metric, spec.wage_year, dataset.projection_period());
    fig.subtitle = spec.subtitle;
    if (fig.subtitle.empty()) {
        auto us = dataset.us_figures(specialty->slug, spec.wage_year).get(spec.metric);
        fig.subtitle = "By state. United States: " + format_metric(spec.metric, us);
    }
    fig.source_line = "Source: U.S. Bureau of Labor Statistics, OES May " + std::to_string(spec.wage_year) +
                      "; Projections Central, " + format_period(dataset.projection_period());
    return fig;
}

}  // namespace medmap::figure
