// What the app saves outside `medmap export`: the headless run's PNG and the window's
// Ctrl+S and save dialog, both through the exporter.
#include <filesystem>

#include "app/commands.hpp"
#include "app/export_files.hpp"
#include "app/export_flags.hpp"
#include "export/exporter.hpp"

namespace medmap::app {

namespace fs = std::filesystem;
using exporter::ExportOptions;
using exporter::Format;

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
    options.content = request.view;  // the map, the bars or both, as the window shows
    std::vector<fs::path> written;
    for (Format format : formats) {
        options.format = format;
        fs::path path = fs::current_path() / (name + "." + std::string(exporter::format_name(format)));
        exporter::export_figure(path, figure, atlas, options);
        written.push_back(path);
    }
    return written;
}

}  // namespace medmap::app
