#include "core/figure/figure.hpp"

#include <cmath>
#include <stdexcept>

#include "core/figure/diverging_classification.hpp"
#include "core/figure/legend_labels.hpp"
#include "core/figure/number_format.hpp"
#include "core/figure/palette.hpp"
#include "core/figure/state_labels.hpp"

namespace medmap::figure {

namespace {

using data::MetricId;

constexpr int kGradientSamples = 64;

bool is_count(MetricId m) { return m == MetricId::Employment || m == MetricId::Openings; }

std::string legend_title(const data::Metric& metric, const LayerSpec& spec) {
    if (spec.vs_us) {
        if (metric.id == MetricId::Growth) return metric.name + ", points vs US";
        if (metric.unit == "USD") return metric.name + ", % vs US";
        return metric.name + ", % vs the average state";
    }
    if (metric.id == MetricId::Growth) return metric.name + " (% change)";
    // The adjusted wages' name ends in its label's parenthesis; their "$" labels say USD.
    if (data::is_adjusted_wage(metric.id)) return metric.name;
    if (metric.unit == "USD") return metric.name + " (USD)";
    return metric.name + " (" + metric.unit + ")";
}

std::string title_for(const data::Specialty& s, const data::Metric& m, const LayerSpec& spec, const std::string& period) {
    std::string when = (m.source == "projections") ? format_period(period) : "May " + std::to_string(spec.wage_year);
    std::string versus;
    if (spec.vs_us) versus = is_count(m.id) ? " vs the average state" : " vs US";
    return s.name + ": " + m.name + versus + ", " + when;
}

std::string subtitle_for(const LayerSpec& spec, const LayerValues& lv) {
    std::string us = "By state. United States: " + format_metric(spec.metric, lv.us);
    // The US price level is 100 by definition, so its adjusted wage is its wage.
    if (data::is_adjusted_wage(spec.metric)) us += " (US price level = 100, so the same as its wage)";
    if (!spec.vs_us) return us;
    if (!lv.reference) return us + "; no difference can be computed";
    if (spec.metric == MetricId::Growth) return "Percentage points above or below the US. United States: " + format_metric(spec.metric, lv.us);
    if (is_count(spec.metric))
        return "Percent above or below the average state, the US figure of " + format_metric(spec.metric, lv.us) +
               " divided by " + std::to_string(kAreasDrawn) + " (" + format_count(*lv.reference) + ")";
    return "Percent above or below the US. United States: " + format_metric(spec.metric, lv.us);
}

// The centre of a diverging scale as people read it: the US growth it is centred on, or
// the US itself for a difference view. Empty for a centre that needs no name (zero growth).
std::string centre_name(const LayerSpec& spec, const LayerValues& lv) {
    if (spec.vs_us) return is_count(spec.metric) ? "average state" : "US";
    if (spec.centre == DivergingCentre::UsValue && lv.us) return "US " + format_value(lv.unit, lv.centre);
    return {};
}

// Outlines in the background's colour separate states crisply, but vanish around a fill
// as light (or as dark) as the background: BrBG's neutral middle on white. Then they are
// drawn grey, so every state keeps its shape and no class reads as "nothing there".
Rgba outline_for(const ThemeColors& colors, const std::vector<Rgba>& fills, Theme theme) {
    constexpr double kMinContrastL = 8.0;  // CIELAB L* between a fill and the background
    const double background = cielab_lightness(colors.background);
    for (const Rgba& fill : fills)
        if (std::abs(cielab_lightness(fill) - background) < kMinContrastL)
            return theme == Theme::Dark ? Rgba{110, 114, 124, 255} : Rgba{175, 178, 184, 255};
    return colors.outline;
}

double ramp_position(const Classification& c, double v) {
    const auto& e = c.edges;
    return e.back() > e.front() ? (v - e.front()) / (e.back() - e.front()) : 0.5;
}

Legend make_legend(const Figure& fig, const std::vector<Rgba>& colors, const std::string& title,
                   const std::string& centre) {
    Legend legend;
    legend.title = title;
    const Classification& c = fig.classification;
    const int n = c.class_count();
    if (c.method == ClassMethod::Unclassed && n > 0) {
        LegendGradient g;
        for (int i = 0; i < kGradientSamples; ++i)
            g.colors.push_back(ramp_color(fig.spec.palette, (i + 0.5) / kGradientSamples));
        g.low_label = format_value(fig.unit, c.edges.front());
        g.high_label = format_value(fig.unit, c.edges.back());
        if (c.diverging) g.centre_label = centre.empty() ? format_value(fig.unit, c.centre) : centre;
        legend.gradient = std::move(g);
    } else {
        auto labels = class_labels(c, fig.unit);
        if (c.diverging && !centre.empty() && c.middle_class() >= 0 && c.middle_class() < n)
            labels[static_cast<std::size_t>(c.middle_class())] += " (" + centre + ")";
        for (int i = 0; i < n; ++i) legend.entries.push_back({colors[static_cast<std::size_t>(i)], labels[static_cast<std::size_t>(i)], false});
    }
    legend.entries.push_back({fig.colors.no_data, "no data", true});
    return legend;
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
    spec.specialty = specialty->slug;
    if (spec.wage_year == 0) spec.wage_year = dataset.default_wage_year();
    if (!dataset.has_wage_year(spec.wage_year))
        throw std::invalid_argument("no wage data for year " + std::to_string(spec.wage_year));
    if (spec.palette.empty()) spec.palette = default_palette(spec.metric, is_diverging(spec));
    spec.method = effective_method(spec);
    const ClassMethod method = *spec.method;
    const data::Metric& metric = dataset.metric(spec.metric);

    const LayerValues lv = layer_values(dataset, atlas, spec);
    fig.unit = lv.unit;
    // The classification sees only real, present figures.
    std::vector<double> present;
    for (const auto& v : lv.values)
        if (v) present.push_back(*v);
    fig.classification = lv.diverging
                             ? classify_diverging(present, lv.centre, method, spec.classes, lv.display_step)
                             : classify(present, method, spec.classes, lv.display_step);

    const int n = fig.classification.class_count();
    auto colors = palette_colors(spec.palette, n);
    if (!colors) throw std::invalid_argument("unknown palette '" + spec.palette + "'");
    fig.colors = theme_colors(spec.theme);

    fig.states.resize(atlas.states.size());
    for (std::size_t i = 0; i < atlas.states.size(); ++i) {
        StateStyle& st = fig.states[i];
        st.value = lv.values[i];
        if (!st.value) {
            st.fill = fig.colors.no_data;
        } else {
            st.class_index = fig.classification.class_of(*st.value);
            st.fill = (*colors)[static_cast<std::size_t>(st.class_index)];
            // Unclassed: a continuous ramp, the fill follows the value's position along it.
            if (method == ClassMethod::Unclassed)
                st.fill = ramp_color(spec.palette, ramp_position(fig.classification, *st.value));
        }
        st.label_color = readable_text_on(st.fill);
        if (!st.value)
            st.no_data_reason = dataset.no_data_reason(spec.specialty, atlas.states[i].usps, spec.wage_year, spec.metric);
    }

    fig.us_value = lv.us;
    rank_figure_states(fig, dataset, atlas, lv);

    const auto in_use = method == ClassMethod::Unclassed ? palette_colors(spec.palette, 9).value_or(*colors) : *colors;
    fig.colors.outline = outline_for(fig.colors, in_use, spec.theme);
    fig.legend = make_legend(fig, *colors, legend_title(metric, spec), lv.diverging ? centre_name(spec, lv) : "");
    fig.callouts = atlas_callouts(atlas);
    if (spec.labels) fig.label_anchors = atlas_label_anchors(atlas);
    fig.title = title_for(*specialty, metric, spec, dataset.projection_period());
    // A user's subtitle is added to the national figure, never put in its place.
    fig.subtitle = spec.subtitle.empty() ? subtitle_for(spec, lv) : spec.subtitle + " \u00b7 " + subtitle_for(spec, lv);
    // The editions shown, and the occupation that supplies the figures when its code is
    // not the specialty's own (SOC 2018 merged and renumbered some).
    fig.source_line = "Source: " + dataset.source_citation(spec.wage_year);
    const bool projection_metric = spec.metric == data::MetricId::Growth || spec.metric == data::MetricId::Openings;
    if (const data::SuppliedBy* by = projection_metric ? dataset.projection_supplied_by(specialty->slug)
                                                       : dataset.wage_supplied_by(specialty->slug, spec.wage_year))
        fig.source_line += ". Figures of " + by->soc + " " + by->title + " (SOC 2018)";
    if (data::is_adjusted_wage(spec.metric))
        if (const data::Source* prices = dataset.price_level_source())
            fig.source_line += "; " + prices->short_citation_for(spec.wage_year) + ", " +
                               std::to_string(spec.wage_year) + ": wages " + std::string(data::kAdjustedWageLabel);
    return fig;
}

}  // namespace medmap::figure
