// `medmap export`: one layer to one file, or every layer with --all.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <vector>

#include "app/cli.hpp"
#include "app/commands.hpp"
#include "app/export_batch.hpp"
#include "app/export_files.hpp"
#include "app/export_flags.hpp"
#include "core/base/input_error.hpp"
#include "export/exporter.hpp"
#include "export/html_page.hpp"

namespace medmap::app {

namespace {

namespace fs = std::filesystem;
using exporter::ExportOptions;
using exporter::Format;

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

int run_export(Session& session, const ExportCommandOptions& options) {
    return options.all ? export_all(session, options) : export_one(session, options);
}

}  // namespace medmap::app
