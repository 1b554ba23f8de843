#include "app/export_flags.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include "app/cli.hpp"
#include "core/base/input_error.hpp"
#include "core/data/metric_slugs.hpp"

namespace medmap::app {

using exporter::ExportOptions;
using exporter::Format;

namespace {

int parse_side(const std::string& flag, const std::string& text) {
    int value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end || value < 1 || value > exporter::kMaxSide)
        throw UsageError(flag + ": expected a whole number of pixels from 1 to " +
                         std::to_string(exporter::kMaxSide) + ", got '" + text + "'");
    return value;
}

double parse_scale(const std::string& text) {
    double value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end || !std::isfinite(value) || value <= 0)
        throw UsageError("--scale: expected a positive number such as 2, got '" + text + "'");
    return value;
}

double parse_text_scale(const std::string& text) {
    double value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end || !(value >= exporter::kMinTextScale) ||
        !(value <= exporter::kMaxTextScale))
        throw UsageError("--text-scale: expected a number from 0.25 to 8 such as 1.5, got '" + text + "'");
    return value;
}

}  // namespace

ExportOptions size_options(const ExportCommandOptions& o) {
    ExportOptions options;
    if (!o.width.empty()) options.width = parse_side("--width", o.width);
    if (!o.height.empty()) options.height = parse_side("--height", o.height);
    if (!o.width.empty() && o.height.empty())
        options.height = std::max(1, static_cast<int>(std::lround(options.width * 9.0 / 16.0)));
    if (o.width.empty() && !o.height.empty())
        options.width = std::max(1, static_cast<int>(std::lround(options.height * 16.0 / 9.0)));
    options.canvas_follows_page = o.height.empty();
    if (!o.scale.empty()) options.scale = parse_scale(o.scale);
    if (!o.text_scale.empty()) options.text_scale = parse_text_scale(o.text_scale);
    if (!o.page.empty()) {
        const auto page = exporter::parse_page(o.page, options.width >= options.height);
        if (!page)
            throw UsageError("--page: unknown page '" + o.page + "' (expected " + std::string(exporter::kPageChoices) +
                             ")");
        options.page = *page;
    }
    options.replace_read_only = o.force;
    try {
        exporter::validate(options);
    } catch (const std::invalid_argument& e) {
        throw UsageError(std::string(o.scale.empty() ? "--width/--height" : "--scale") + ": " + e.what());
    }
    return options;
}

void check_page_has_pdf(const ExportCommandOptions& o, const std::vector<Format>& formats) {
    if (!o.page.empty() && std::find(formats.begin(), formats.end(), Format::Pdf) == formats.end())
        throw UsageError("--page: sets a PDF's page, but no PDF is written (use --format pdf or a .pdf name)");
}

figure::FigureView parse_view(const std::string& text) {
    if (auto view = figure::figure_view_from_string(text)) return *view;
    throw UsageError("--view: unknown view '" + text + "' (expected " + figure::kFigureViewChoices + ")");
}

figure::Theme parse_theme(const std::string& text) {
    if (text == "light") return figure::Theme::Light;
    if (text == "dark") return figure::Theme::Dark;
    throw UsageError("--theme: unknown theme '" + text + "' (expected light or dark)");
}

Format parse_one_format(const std::string& text) {
    if (auto f = exporter::parse_format(text)) return *f;
    throw UsageError("--format: unknown format '" + text + "' (expected " + std::string(exporter::kFormatChoices) +
                     ")");
}

std::vector<Format> parse_format_list(const std::string& text) {
    std::vector<Format> formats;
    std::set<Format> seen;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const Format f = parse_one_format(text.substr(start, comma - start));
        if (seen.insert(f).second) formats.push_back(f);
        start = comma + 1;
    }
    return formats;
}

const data::Metric& resolve_metric(const data::Dataset& dataset, const std::string& slug) {
    const auto id = data::metric_from_slug(slug);
    if (!id) throw UsageError("--metric: unknown metric '" + slug + "' (expected " + data::metric_slug_list() + ")");
    if (!dataset.find_metric(slug)) throw UsageError("--metric: " + slug + " needs BEA price levels, which the stats file lacks");
    return dataset.metric(*id);
}

int resolve_year(const data::Dataset& dataset, int year) {
    if (year == 0) return dataset.default_wage_year();
    if (dataset.has_wage_year(year)) return year;
    std::string valid;
    for (int y : dataset.wage_years()) valid += (valid.empty() ? "" : ", ") + std::to_string(y);
    throw UsageError("--year: no wage data for " + std::to_string(year) + " (expected one of: " + valid + ")");
}

figure::LayerSpec layer_for(const ExportCommandOptions& o, const std::string& specialty, data::MetricId metric,
                            int year) {
    figure::LayerSpec spec;
    spec.specialty = specialty;
    spec.metric = metric;
    spec.wage_year = year;
    spec.theme = parse_theme(o.theme);
    spec.transparent_background = o.transparent;
    spec.subtitle = o.subtitle;
    apply_layer_flags(o.layer_flags, spec);
    return spec;
}

}  // namespace medmap::app
