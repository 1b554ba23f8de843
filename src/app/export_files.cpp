#include "app/export_files.hpp"

#include <optional>

#include "app/cli.hpp"
#include "app/export_flags.hpp"
#include "core/base/atomic_file.hpp"
#include "core/base/input_error.hpp"

namespace medmap::app {

namespace fs = std::filesystem;
using exporter::Format;

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

}  // namespace medmap::app
