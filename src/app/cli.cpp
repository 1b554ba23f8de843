#include "app/cli.hpp"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>

#include "app/commands.hpp"
#include "core/base/atomic_file.hpp"
#include "core/base/input_error.hpp"

namespace medmap::app {

namespace {

data::MetricId parse_metric(const std::string& s) {
    static const std::pair<const char*, data::MetricId> kMetrics[] = {
        {"median-wage", data::MetricId::MedianWage}, {"mean-wage", data::MetricId::MeanWage},
        {"employment", data::MetricId::Employment},  {"growth", data::MetricId::Growth},
        {"openings", data::MetricId::Openings}};
    for (const auto& [name, id] : kMetrics)
        if (s == name) return id;
    throw UsageError("--metric: unknown metric '" + s +
                     "' (expected median-wage, mean-wage, employment, growth or openings)");
}

void parse_window_size(const std::string& text, unsigned& width, unsigned& height) {
    unsigned w = 0, h = 0;
    char x = 0, extra = 0;
    if (std::sscanf(text.c_str(), "%u%c%u%c", &w, &x, &h, &extra) != 3 || (x != 'x' && x != 'X') || w < 320 ||
        h < 240 || w > 16384 || h > 16384)
        throw UsageError("--window-size: '" + text + "' is not a size from 320x240 to 16384x16384 (e.g. 1920x1080)");
    width = w;
    height = h;
}

// CLI11 reports problems in several lines; medmap's contract is one line.
std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

}  // namespace

int run_cli(int argc, char** argv, std::chrono::steady_clock::time_point process_start) {
    CLI::App app{"medmap: US state map of medical technician wages and job growth "
                 "(BLS OES May 2012-2015, Projections Central 2012-2022)",
                 "medmap"};
    app.set_version_flag("--version", std::string("medmap ") + MEDMAP_VERSION);
    app.require_subcommand(0, 1);
    app.fallthrough();  // --geodata/--stats may follow the subcommand too

    std::string geodata, stats;
    app.add_option("--geodata", geodata, "State boundaries: a shapefile or anything GDAL opens")
        ->option_text("PATH");
    app.add_option("--stats", stats, "A stats JSON file in medmap's format")->option_text("FILE");

    ShowOptions show;
    show.process_start = process_start;
    std::string metric = "median-wage";
    std::string window_size = "1280x800";
    app.add_option("--specialty", show.layer.specialty, "Specialty to show (slug or SOC code)")
        ->capture_default_str();
    app.add_option("--metric", metric, "median-wage, mean-wage, employment, growth or openings")
        ->capture_default_str();
    app.add_option("--year", show.layer.wage_year, "OES May reference year for wages (2012-2015)");
    app.add_flag("--headless", show.force_headless, "Do not open a window even if a display exists");
    app.add_flag("--window", show.force_window, "Open the window; fail if there is no display");
    app.add_option("--window-size", window_size, "Window size in pixels, WIDTHxHEIGHT")->capture_default_str();
    app.add_flag("--log-events", show.log_events, "Print window events (hover, layer, save) to stdout");
    app.add_option("--bench-frames", show.bench_frames,
                   "Render N frames moving the hover over the states, print p50/p99 frame times, exit")
        ->check(CLI::Range(1, 1000000));

    bool list_json = false;
    auto* list = app.add_subcommand("list", "List specialties and metrics");
    list->add_flag("--json", list_json, "Print JSON");

    InfoOptions info;
    auto* info_cmd = app.add_subcommand("info", "Print one state's figures next to the US figures");
    info_cmd->add_option("--state", info.state, "USPS code, FIPS code or name")->required();
    info_cmd->add_option("--specialty", info.specialty, "Slug or SOC code")->capture_default_str();
    info_cmd->add_option("--year", info.year, "OES May reference year for wages");
    info_cmd->add_flag("--json", info.json, "Print one JSON object");

    ImportOptions import;
    auto* import_cmd = app.add_subcommand("import", "Build the stats JSON from the public data extracts");
    import_cmd->add_option("--from", import.from, "Folder laid out like shared/data-sources")->required();
    import_cmd->add_option("--out", import.out, "Output file (default: standard output)");

    ExportCommandOptions export_options;
    auto& eo = export_options;
    auto* export_cmd = app.add_subcommand("export", "Write the map as PNG, SVG or PDF (no display needed)");
    export_cmd->add_option("--specialty", eo.specialty, "Slug or SOC code")->capture_default_str();
    export_cmd->add_option("--metric", eo.metric, "median-wage, mean-wage, employment, growth or openings")
        ->capture_default_str();
    export_cmd->add_option("--year", eo.year, "OES May reference year for wages (2012-2015)");
    export_cmd->add_option("--out", eo.out, "Output file; the format follows its extension")->option_text("FILE");
    export_cmd->add_option("--format", eo.format, "png, svg or pdf (with --all a list: png,svg)")
        ->option_text("FORMAT");
    export_cmd->add_option("--width", eo.width, "Canvas width in pixels (default 1920)")->option_text("PX");
    export_cmd->add_option("--height", eo.height, "Canvas height in pixels (default 1080)")->option_text("PX");
    export_cmd->add_option("--scale", eo.scale, "Output pixels per canvas pixel (2: a 3840x2160 PNG)")
        ->option_text("FACTOR");
    export_cmd->add_option("--theme", eo.theme, "light or dark")->capture_default_str();
    export_cmd->add_flag("--transparent", eo.transparent, "Leave the background transparent");
    export_cmd->add_option("--subtitle", eo.subtitle, "A subtitle instead of the national figure");
    auto* all_flag = export_cmd->add_flag("--all", eo.all, "Every specialty x metric into --out-dir");
    export_cmd->add_option("--out-dir", eo.out_dir, "Folder to write into (created if missing)")->option_text("DIR");
    all_flag->excludes("--out")->excludes("--specialty")->excludes("--metric");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "medmap: " << first_line(e.what()) << " (see medmap --help)\n";
        return kExitUsage;
    }

    try {
        if (*import_cmd) return run_import(import);
        Session session(locate_resources(geodata, stats));
        // Before the check below: an export needs no triangles, and loads --geodata anyway.
        if (*export_cmd) return run_export(session, export_options);
        if (!geodata.empty()) session.atlas();  // a given --geodata is always checked
        if (*list) return run_list(session, list_json);
        if (*info_cmd) return run_info(session, info);
        show.layer.metric = parse_metric(metric);
        parse_window_size(window_size, show.width, show.height);
        return run_show(session, show);
    } catch (const UsageError& e) {
        std::cerr << "medmap: " << e.what() << "\n";
        return kExitUsage;
    } catch (const OutputError& e) {
        std::cerr << "medmap: " << e.what() << "\n";
        return kExitUsage;
    } catch (const InputError& e) {
        std::cerr << "medmap: " << e.what() << "\n";
        return kExitInput;
    }
}

}  // namespace medmap::app
