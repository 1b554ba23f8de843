#include "app/command_line.hpp"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <sstream>

#include "app/cli.hpp"
#include "core/base/input_error.hpp"
#include "core/data/metric_slugs.hpp"

namespace medmap::app {

namespace {

data::MetricId parse_metric(const std::string& s) {
    if (auto id = data::metric_from_slug(s)) return *id;
    throw UsageError("--metric: unknown metric '" + s + "' (expected " + data::metric_slug_list() + ")");
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

// Checks of values CLI11 keeps as text, for the command that uses them.
void parse_soak(const std::string& text, int& hovers, int& switches) {
    int h = 0, s = 0;
    char comma = 0, extra = 0;
    if (std::sscanf(text.c_str(), "%d%c%d%c", &h, &comma, &s, &extra) != 3 || comma != ',' || h < 1 || s < 1 ||
        h > 10'000'000 || s > 10'000'000)
        throw UsageError("--soak: '" + text + "' is not HOVERS,SWITCHES, two counts from 1 (e.g. 10000,1000)");
    hovers = h;
    switches = s;
}

void check_values(CommandLine& cl, const std::string& metric, const std::string& window_size,
                  const std::string& soak) {
    if (cl.command != CommandLine::Command::Show) return;
    cl.show.layer.metric = parse_metric(metric);
    parse_window_size(window_size, cl.show.width, cl.show.height);
    if (!soak.empty()) parse_soak(soak, cl.show.soak_hovers, cl.show.soak_switches);
}

}  // namespace

std::string one_line(std::string message) {
    for (char& c : message)
        if (c == '\n' || c == '\r') c = ' ';
    return message;
}

CommandLine parse_command_line(const std::vector<std::string>& args) {
    CommandLine cl;
    CLI::App app{"medmap: US state map of medical technician wages and job growth "
                 "(BLS OES May 2012-2015, Projections Central 2012-2022)",
                 "medmap"};
    app.set_version_flag("--version", std::string("medmap ") + MEDMAP_VERSION);
    app.require_subcommand(0, 1);
    app.fallthrough();  // --geodata/--stats may follow the subcommand too

    std::string& geodata = cl.geodata;
    std::string& stats = cl.stats;
    app.add_option("--geodata", geodata, "State boundaries: a shapefile or anything GDAL opens")
        ->option_text("PATH");
    app.add_option("--stats", stats, "A stats JSON file in medmap's format")->option_text("FILE");
    app.add_option("--layer", cl.geodata_layer, "The dataset to read from a --geodata zip that holds several")
        ->option_text("NAME");
    app.add_option("--projections", cl.projections, "Projection round to show, e.g. 2024-2034 (default: the file's)")
        ->option_text("ROUND");
    app.add_flag("--lenient", cl.lenient,
                 "Leave out bad values, areas and features (named on stderr) instead of stopping");

    ShowOptions& show = cl.show;
    std::string metric = "median-wage";
    std::string window_size = "1280x800";
    app.add_option("--specialty", show.layer.specialty, "Specialty to show (slug or SOC code)")
        ->capture_default_str();
    app.add_option("--metric", metric, data::metric_slug_list())
        ->capture_default_str();
    app.add_option("--year", show.layer.wage_year, "OES May reference year for wages (a year of the stats file; bundled: 2012-2015)");
    app.add_flag("--headless", show.force_headless, "Do not open a window even if a display exists");
    app.add_flag("--window", show.force_window, "Open the window; fail if there is no display");
    app.add_option("--window-size", window_size, "Window size in pixels, WIDTHxHEIGHT")->capture_default_str();
    app.add_flag("--log-events", show.log_events, "Print window events (hover, layer, save) to stdout");
    add_layer_flags(app, show.layer_flags);
    app.add_option("--bench-frames", show.bench_frames,
                   "Render N frames moving the hover over the states, print p50/p99 frame times, exit")
        ->check(CLI::Range(1, 1000000));
    std::string soak;
    app.add_option("--soak", soak,
                   "Drive HOVERS hover moves and SWITCHES layer switches through the window, print memory, exit")
        ->option_text("HOVERS,SWITCHES");

    bool& list_json = cl.list_json;
    auto* list = app.add_subcommand("list", "List specialties and metrics");
    list->add_flag("--json", list_json, "Print JSON");

    InfoOptions& info = cl.info;
    auto* info_cmd = app.add_subcommand("info", "Print one state's figures next to the US figures");
    info_cmd->add_option("--state", info.state, "USPS code, FIPS code or name")->required();
    info_cmd->add_option("--specialty", info.specialty, "Slug or SOC code")->capture_default_str();
    info_cmd->add_option("--year", info.year, "OES May reference year for wages");
    info_cmd->add_flag("--json", info.json, "Print one JSON object");
    info_cmd->add_option("--compare", info.compare, "A second state, side by side with the first and the US")
        ->option_text("STATE");

    ImportOptions& import = cl.import;
    auto* import_cmd = app.add_subcommand(
        "import", "Merge official BLS, Projections Central and BEA files into a stats JSON");
    import_cmd->add_option("paths", import.paths, "Official files (.xlsx, .csv, .json), folders or zips")
        ->option_text("PATH...");
    import_cmd->add_option("--base", import.base, "Stats file to add to (default: the bundled one)")
        ->option_text("STATS");
    auto* from = import_cmd->add_option("--from", import.from, "Rebuild from a folder laid out like shared/data-sources");
    from->excludes("paths")->excludes("--base");
    import_cmd->add_option("--out", import.out, "Output file (default: standard output)");

    ExportCommandOptions& export_options = cl.export_options;
    auto& eo = export_options;
    auto* export_cmd = app.add_subcommand("export", "Write the map as PNG, SVG or PDF, or its layer as CSV (no display needed)");
    export_cmd->add_option("--specialty", eo.specialty, "Slug or SOC code")->capture_default_str();
    export_cmd->add_option("--metric", eo.metric, data::metric_slug_list())
        ->capture_default_str();
    export_cmd->add_option("--year", eo.year, "OES May reference year for wages (a year of the stats file; bundled: 2012-2015)");
    export_cmd->add_option("--out", eo.out, "Output file; the format follows its extension")->option_text("FILE");
    export_cmd->add_option("--format", eo.format, "png, svg, pdf, html or csv (with --all a list: png,svg,csv)")
        ->option_text("FORMAT");
    export_cmd->add_option("--width", eo.width, "Canvas width in pixels (default 1920)")->option_text("PX");
    export_cmd->add_option("--height", eo.height, "Canvas height in pixels (default 1080; a PDF's follows --page)")->option_text("PX");
    export_cmd->add_option("--scale", eo.scale,
                           "PNG/SVG: output pixels per canvas pixel (2: a 3840x2160 PNG of the 1920x1080 figure); "
                           "text and lines already grow with --width/--height")
        ->option_text("FACTOR");
    export_cmd->add_option("--text-scale", eo.text_scale, "Multiply the text's size (0.25 to 8; default 1)")
        ->option_text("FACTOR");
    export_cmd->add_option("--page", eo.page, "PDF page: slide (13.333x7.5 in, default), letter, a4 or WxH in inches")
        ->option_text("PAGE");
    export_cmd->add_flag("--force", eo.force, "Replace an existing read-only output file");
    export_cmd->add_option("--theme", eo.theme, "light or dark")->capture_default_str();
    export_cmd->add_flag("--transparent", eo.transparent, "Leave the background transparent");
    export_cmd->add_option("--subtitle", eo.subtitle, "A line of your own under the title (the national figure stays)");
    add_layer_flags(*export_cmd, eo.layer_flags);
    export_cmd->add_option("--view", eo.view, "map, bars (the states ranked) or both side by side")
        ->capture_default_str();
    auto* all_flag = export_cmd->add_flag("--all", eo.all, "Every specialty x metric into --out-dir");
    export_cmd->add_option("--out-dir", eo.out_dir, "Folder to write into (created if missing)")->option_text("DIR");
    export_cmd->add_flag("--embed", eo.embed, "html: a fragment (one div, style and script) to paste into a page");
    all_flag->excludes("--out")->excludes("--specialty")->excludes("--metric");
    export_cmd->add_flag("--full-detail", eo.full_detail,
                         "Every vertex of the geodata (default: detail below a quarter output pixel dropped)");
    export_cmd->add_option("--jobs", eo.jobs, "With --all: threads to render on (default: every core)")
        ->option_text("N")
        ->needs(all_flag);

    auto end_with = [&cl](int status, std::string out, std::string err) {
        cl.exit_status = status;
        cl.out = std::move(out);
        cl.err = std::move(err);
        return cl;
    };
    try {
        // CLI11 takes the arguments without the program name, last first.
        std::vector<std::string> reversed(args.rbegin(), args.rend());
        if (!reversed.empty()) reversed.pop_back();
        app.parse(reversed);
    } catch (const CLI::CallForHelp& e) {
        std::ostringstream out, err;
        const int status = app.exit(e, out, err);  // before reading what it wrote
        return end_with(status, out.str(), err.str());
    } catch (const CLI::CallForVersion& e) {
        std::ostringstream out, err;
        const int status = app.exit(e, out, err);
        return end_with(status, out.str(), err.str());
    } catch (const CLI::ParseError& e) {
        return end_with(kExitUsage, "", "medmap: " + first_line(e.what()) + " (see medmap --help)\n");
    }

    using Command = CommandLine::Command;
    if (*import_cmd) cl.command = Command::Import;
    else if (*export_cmd) cl.command = Command::Export;
    else if (*list) cl.command = Command::List;
    else if (*info_cmd) cl.command = Command::Info;
    try {
        check_values(cl, metric, window_size, soak);
    } catch (const UsageError& e) {
        return end_with(kExitUsage, "", "medmap: " + one_line(e.what()) + "\n");
    }
    return cl;
}

}  // namespace medmap::app
