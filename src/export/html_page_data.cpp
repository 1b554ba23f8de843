#include "export/html_page_data.hpp"

#include <algorithm>
#include <map>
#include <thread>
#include <nlohmann/json.hpp>

#include "core/base/parallel_indices.hpp"
#include "core/figure/figure_painter.hpp"
#include "core/figure/state_report.hpp"
#include "core/figure/web_layers.hpp"
#include "core/figure/window_session.hpp"  // kHighlightPx: the window's hover frame
#include "export/font_metrics.hpp"
#include "export/packed_list.hpp"
#include "export/svg_markup.hpp"

namespace medmap::exporter {

namespace {

using nlohmann::json;

std::string layer_key(const data::Dataset& dataset, const figure::LayerSpec& spec) {
    return spec.specialty + "/" + dataset.metric(spec.metric).slug + "/" + std::to_string(spec.wage_year);
}

bool same_layer(const figure::LayerSpec& a, const figure::LayerSpec& b) {
    return a.specialty == b.specialty && a.metric == b.metric && a.wage_year == b.wage_year;
}

// The report as lists: [heading, subheading, line...], each line [label, value, comparison,
// rank]; a "no data" line's comparison starts with the reason, as the window's tooltip shows it.
int report_list(PageData& page, const figure::StateReport& report) {
    std::vector<int> list{page.strings.add(report.heading), page.strings.add(report.subheading)};
    for (const figure::ReportLine& line : report.lines)
        list.push_back(page.lists.add({page.strings.add(line.label), page.strings.add(line.value),
                                       page.strings.add(figure::comparison_with_reason(line)),
                                       page.strings.add(line.rank)}));
    return page.lists.add(list);
}

// What the data table shows in the class column: the legend's label for the state's class.
std::string class_label(const figure::Figure& fig, std::size_t state) {
    const figure::StateStyle& style = fig.states[state];
    for (const figure::LegendEntry& entry : fig.legend.entries)
        if (entry.no_data && style.no_data()) return entry.label;
    if (style.no_data() || fig.legend.gradient) return {};
    const auto i = static_cast<std::size_t>(style.class_index);
    return i < fig.legend.entries.size() ? fig.legend.entries[i].label : std::string();
}

std::string table_rows(const geo::Atlas& atlas, const figure::Figure& fig, const std::vector<std::string>& texts) {
    std::string out;
    for (std::size_t i = 0; i < atlas.states.size(); ++i) {
        out += "<tr><th scope=\"row\">";
        svg::append_escaped(out, atlas.states[i].name);
        out += "</th><td>";
        svg::append_escaped(out, texts[i]);
        out += "</td><td>";
        svg::append_escaped(out, class_label(fig, i));
        out += "</td></tr>";
    }
    return out;
}

// Keeps the JSON inert inside <script>: no "</script>", no "<!--".
std::string script_safe(const std::string& text) {
    std::string out;
    out.reserve(text.size() + text.size() / 16);
    for (char c : text) {
        if (c == '<') out += "\\u003c";
        else out += c;
    }
    return out;
}

std::string color_css(figure::Rgba c) {
    std::string out;
    svg::append_paint(out, "c", c);  // ` c="#rrggbb"`
    return out.substr(4, 7);
}

}  // namespace

void build_page_data(PageData& page, const data::Dataset& dataset, const geo::Atlas& atlas,
                     const figure::LayerSpec& first_given, const ExportOptions& options) {
    figure::LayerSpec first = first_given;
    if (const data::Specialty* s = dataset.find_specialty(first.specialty)) first.specialty = s->slug;
    if (first.wage_year == 0) first.wage_year = dataset.default_wage_year();
    const std::vector<figure::LayerSpec> specs = figure::every_layer(dataset, first);
    // The tooltips do not depend on the metric: one set of reports per specialty and year.
    std::map<std::string, std::size_t> report_sets;
    std::vector<std::size_t> report_set_of(specs.size());
    std::vector<const figure::LayerSpec*> report_specs;
    for (std::size_t n = 0; n < specs.size(); ++n) {
        const std::string key = specs[n].specialty + "/" + std::to_string(specs[n].wage_year);
        auto [it, is_new] = report_sets.try_emplace(key, report_specs.size());
        if (is_new) report_specs.push_back(&specs[n]);
        report_set_of[n] = it->second;
    }

    // Building, laying out and reporting each layer depends on nothing but the data, so the
    // machine's cores share it; every result goes to its layer's slot, and everything that
    // numbers things in the page (tables, <defs>) happens below, one layer after another in
    // order, so the page's bytes do not depend on which thread did what.
    std::vector<figure::Figure> figures(specs.size());
    std::vector<figure::FigureLayout> layouts(specs.size());
    std::vector<std::vector<std::string>> value_texts(specs.size());
    std::vector<std::vector<figure::StateReport>> reports(report_specs.size());
    const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    std::vector<figure::TextMeasure> measures;  // one per thread: a measure's memo is not shared
    for (unsigned t = 0; t < threads; ++t) measures.push_back(cairo_text_measure());
    for_each_index(specs.size() + report_specs.size(), threads, [&](std::size_t job, unsigned worker) {
        if (job < specs.size()) {
            figures[job] = figure::build_figure(dataset, atlas, specs[job]);
            layouts[job] = export_layout(figures[job], atlas, options, measures[worker]);
            value_texts[job] = figure::value_texts(figures[job]);
        } else {
            reports[job - specs.size()] = figure::state_reports(dataset, atlas, *report_specs[job - specs.size()]);
        }
    });
    const figure::TextMeasure& measure = measures.front();
    if (!options.carry) figure::share_view(layouts, figures, atlas, measure);

    json layers = json::array(), highlights = json::array();
    int initial = 0;
    std::vector<int> report_lists(report_specs.size(), -1);
    figure::MapPathsCache map_paths;  // the layers share a view: the map is projected once
    for (std::size_t n = 0; n < specs.size(); ++n) {
        const figure::Figure& fig = figures[n];
        const figure::FigureLayout& layout = layouts[n];
        HtmlTarget target(page.svg);
        figure::paint_figure(target, fig, atlas, layout, {}, &map_paths);
        const PaintedLayer painted = target.take();

        int& report_list_index = report_lists[report_set_of[n]];
        if (report_list_index < 0) {
            std::vector<int> lists;
            for (const figure::StateReport& report : reports[report_set_of[n]]) lists.push_back(report_list(page, report));
            report_list_index = page.lists.add(lists);
        }
        const std::vector<std::string>& texts = value_texts[n];
        std::vector<int> values, classes;
        for (std::size_t i = 0; i < atlas.states.size(); ++i) {
            values.push_back(page.strings.add(texts[i]));
            classes.push_back(page.strings.add(class_label(fig, i)));
        }
        if (same_layer(fig.spec, first)) {
            initial = static_cast<int>(layers.size());
            page.initial_markup = layer_markup(page.svg, painted);
            page.initial_title = fig.title;
            page.initial_table = table_rows(atlas, fig, texts);
            const auto& c = fig.colors;
            page.page_color = color_css(c.background);
            page.background = "--bg:" + color_css(c.background) + ";--fg:" + color_css(c.text) +
                              ";--muted:" + color_css(c.muted_text) + ";--panel:" + color_css(c.panel) +
                              ";--frame:" + color_css(c.frame) + ";--hl:" + color_css(c.highlight);
            // The frame that marks a hovered or focused state, painted once per state.
            for (std::size_t i = 0; i < atlas.states.size(); ++i) {
                HtmlTarget marks(page.svg);
                figure::paint_state_highlight(marks, fig, atlas, layout, i, c.highlight, figure::kHighlightPx);
                highlights.push_back(page.svg.elements.add(layer_markup(page.svg, marks.take())));
            }
        }
        layers.push_back({{"key", layer_key(dataset, fig.spec)},
                          {"title", page.strings.add(fig.title)},
                          {"unit", page.strings.add(fig.legend.title)},
                          {"e", page.lists.add(painted.elements)},
                          {"a", page.lists.add(painted.shape_attributes)},
                          {"r", report_list_index},
                          {"v", page.lists.add(values)},
                          {"k", page.lists.add(classes)}});
    }

    json states = json::array();
    for (const geo::ProjectedState& s : atlas.states) states.push_back({s.usps, s.name});
    json lists = json::array();
    for (const std::vector<int>& list : page.lists.items()) lists.push_back(pack_list(list));
    json specialties = json::array(), metrics = json::array();
    for (const data::Specialty& s : dataset.specialties()) specialties.push_back({s.slug, s.name});
    for (const data::Metric& m : dataset.metrics()) metrics.push_back({m.slug, m.name});
    const json data{{"initial", initial},
                    {"states", states},
                    {"specialties", specialties},
                    {"metrics", metrics},
                    {"years", dataset.wage_years()},
                    {"highlights", highlights},
                    {"layers", layers},
                    {"strings", page.strings.items()},
                    {"digits", kPackedDigits},
                    {"lists", lists},
                    {"paints", page.svg.paints.items()},
                    {"elements", page.svg.elements.items()}};
    page.json = script_safe(data.dump());
}

}  // namespace medmap::exporter
