#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <set>
#include <vector>

#include "app/cli.hpp"
#include "app/commands.hpp"
#include "app/export_batch.hpp"
#include "core/base/atomic_file.hpp"
#include "core/base/input_error.hpp"
#include "core/data/metric_slugs.hpp"
#include "export/exporter.hpp"
#include "export/html_page.hpp"

namespace medmap::app {

namespace {

namespace fs = std::filesystem;
using exporter::ExportOptions;
using exporter::Format;

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

// --width/--height/--scale/--text-scale/--page/--force into export options. Given one
// side only, the other follows the default 16:9 shape; given neither, a PDF's canvas takes
// its page's shape.
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

// --page only shapes a PDF: with no PDF to write it is a mistake worth saying.
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

// "emt-median-wage-2015"; projected metrics (growth, openings) carry the projection's
// period instead of the wage year: "emt-growth-2012-2022".
std::string file_stem(const data::Dataset& dataset, const std::string& specialty, const data::Metric& metric,
                      int year) {
    const bool projected = metric.source == "projections";
    return specialty + "-" + metric.slug + "-" + (projected ? dataset.projection_period() : std::to_string(year));
}

fs::path prepare_out_dir(const std::string& dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir))
        throw OutputError(dir + ": cannot create the output folder: " +
                          (ec ? ec.message() : std::string("a file of that name exists")));
    return dir;
}

// The output file and its format, from --out (its extension) and/or --format.
std::pair<fs::path, Format> single_target(const ExportCommandOptions& o, const std::string& stem) {
    if (o.out.empty() && o.out_dir.empty())
        throw UsageError("--out: give the file to write, e.g. --out map.png (or --out-dir DIR)");
    const std::optional<Format> from_flag =
        o.format.empty() ? std::nullopt : std::optional<Format>(parse_one_format(o.format));
    if (o.out.empty()) {
        const Format f = from_flag.value_or(Format::Png);
        return {prepare_out_dir(o.out_dir) / (stem + "." + std::string(exporter::format_name(f))), f};
    }
    fs::path path = o.out_dir.empty() ? fs::path(o.out) : prepare_out_dir(o.out_dir) / o.out;
    const std::optional<Format> from_extension = exporter::format_from_extension(path);
    if (from_flag && from_extension && *from_flag != *from_extension)
        throw UsageError("--format: " + o.format + " does not match the extension of '" + o.out + "'");
    if (!from_flag && !from_extension)
        throw UsageError("--out: cannot tell the format of '" + o.out +
                         "' (use a .png, .svg, .pdf, .html or .csv name, or --format)");
    return {path, from_flag ? *from_flag : *from_extension};
}

int export_one(Session& session, const ExportCommandOptions& o) {
    const data::Dataset& dataset = session.dataset();
    const data::Specialty& specialty = resolve_specialty(dataset, o.specialty);
    const data::Metric& metric = resolve_metric(dataset, o.metric);
    const int year = resolve_year(dataset, o.year);
    ExportOptions options = size_options(o);
    options.full_detail = o.full_detail;
    options.content = parse_view(o.view);
    const figure::LayerSpec spec = layer_for(o, specialty.slug, metric.id, year);
    const auto [path, format] = single_target(o, file_stem(dataset, specialty.slug, metric, year));
    options.format = format;
    check_page_has_pdf(o, {format});
    if (o.embed && format != Format::Html) throw UsageError("--embed: only an html export can be embedded");

    const geo::Atlas& atlas = session.atlas();
    if (format == Format::Html)
        exporter::export_page(path, dataset, atlas, spec, options, {o.embed, exporter::page_id(path)});
    else
        exporter::export_figure(path, figure::build_figure(dataset, atlas, spec), atlas, options);
    std::cout << path.string() << "\n";
    return kExitOk;
}

int export_all(Session& session, const ExportCommandOptions& o) {
    if (o.out_dir.empty()) throw UsageError("--out-dir: --all needs the folder to write into");
    const auto started = std::chrono::steady_clock::now();
    const data::Dataset& dataset = session.dataset();
    const int year = resolve_year(dataset, o.year);
    ExportOptions options = size_options(o);
    options.full_detail = o.full_detail;
    options.content = parse_view(o.view);
    const std::vector<Format> formats = parse_format_list(o.format.empty() ? "png" : o.format);
    if (std::find(formats.begin(), formats.end(), Format::Html) != formats.end())
        throw UsageError("--format: html is one page holding every layer; write it with --out map.html, not --all");
    parse_theme(o.theme);  // every flag is checked before the first file is written
    check_page_has_pdf(o, formats);
    figure::LayerSpec checked;
    apply_layer_flags(o.layer_flags, checked);
    const unsigned jobs = parse_jobs(o.jobs);
    const fs::path dir = prepare_out_dir(o.out_dir);
    const geo::Atlas& atlas = session.atlas();

    std::vector<BatchFigure> figures;
    for (const data::Specialty& specialty : dataset.specialties()) {
        for (const data::Metric& metric : dataset.metrics()) {
            BatchFigure item{layer_for(o, specialty.slug, metric.id, year), {}};
            for (Format format : formats)
                item.outputs.emplace_back(dir / (file_stem(dataset, specialty.slug, metric, year) + "." +
                                                 std::string(exporter::format_name(format))),
                                          format);
            figures.push_back(std::move(item));
        }
    }
    const BatchResult batch = run_export_batch(dataset, atlas, figures, options, jobs);
    if (batch.interrupted) {
        std::cerr << "medmap: interrupted: " << batch.written << " of " << batch.total << " files written to "
                  << dir.string() << "\n";
        return kExitInterrupted;
    }
    const std::size_t files = batch.written;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::string format_names;
    for (Format f : formats)
        format_names += (format_names.empty() ? "" : ", ") + std::string(exporter::format_name(f));
    std::cout << "Wrote " << files << " files to " << dir.string() << ": " << dataset.specialties().size()
              << " specialties x " << dataset.metrics().size() << " metrics as " << format_names << ", "
              << exporter::output_width(options) << "x" << exporter::output_height(options) << ", in "
              << std::lround(seconds * 1000) << " ms\n";
    return kExitOk;
}

}  // namespace

fs::path export_layer_png(Session& session, const figure::LayerSpec& layer) {
    const data::Dataset& dataset = session.dataset();
    figure::LayerSpec spec = layer;
    spec.specialty = resolve_specialty(dataset, layer.specialty).slug;
    spec.wage_year = resolve_year(dataset, layer.wage_year);
    const fs::path path =
        "./medmap-" + file_stem(dataset, spec.specialty, dataset.metric(spec.metric), spec.wage_year) + ".png";
    const geo::Atlas& atlas = session.atlas();
    exporter::export_figure(path, figure::build_figure(dataset, atlas, spec), atlas, ExportOptions{});
    return path;
}

std::vector<fs::path> export_window_view(Session& session, const figure::LayerSpec& layer,
                                         const figure::ViewCarry& carry, const figure::SaveRequest& request) {
    const data::Dataset& dataset = session.dataset();
    const geo::Atlas& atlas = session.atlas();
    const auto figure = figure::build_figure(dataset, atlas, layer);
    const std::string stem = "medmap-" + file_stem(dataset, figure.spec.specialty, dataset.metric(figure.spec.metric),
                                                   figure.spec.wage_year);
    std::vector<Format> formats;
    for (const std::string& f : request.formats) formats.push_back(parse_one_format(f));
    // Never replace an earlier save: the first "-N" suffix free for every format is used.
    auto taken = [&](const std::string& name) {
        for (Format f : formats)
            if (fs::exists(name + "." + std::string(exporter::format_name(f)))) return true;
        return false;
    };
    std::string name = stem;
    for (int n = 2; taken(name); ++n) name = stem + "-" + std::to_string(n);
    ExportOptions options;
    options.width = request.width;
    options.height = request.height;
    options.carry = carry;
    std::vector<fs::path> written;
    for (Format format : formats) {
        options.format = format;
        fs::path path = fs::current_path() / (name + "." + std::string(exporter::format_name(format)));
        exporter::export_figure(path, figure, atlas, options);
        written.push_back(path);
    }
    return written;
}

int run_export(Session& session, const ExportCommandOptions& options) {
    return options.all ? export_all(session, options) : export_one(session, options);
}

}  // namespace medmap::app
