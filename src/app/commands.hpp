#pragma once
// One function per subcommand; the CLI parses flags into these option structs.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/layer_flags.hpp"
#include "app/session.hpp"
#include "core/figure/figure.hpp"
#include "core/figure/layout.hpp"
#include "core/figure/save_choices.hpp"
#include "core/geo/view_transform.hpp"

namespace medmap::app {

struct InfoOptions {
    std::string state;
    std::string specialty = "emt";
    int year = 0;  // 0: the dataset's default wage year
    bool json = false;
    std::optional<std::string> compare;  // --compare: a second state, shown side by side
};

struct ImportOptions {
    std::string from;                // --from: a folder laid out like ../shared/data-sources
    std::vector<std::string> paths;  // official files, folders or zips to merge into the base
    std::string base;                // --base; empty: the bundled stats file
    std::string out;                 // "-" or empty: standard output
};

struct ShowOptions {
    figure::LayerSpec layer;
    LayerFlags layer_flags;  // checked and applied to `layer` by run_show
    bool force_headless = false;
    bool force_window = false;  // no display is then an error, not a headless run
    bool log_events = false;
    int bench_frames = 0;
    int soak_hovers = 0, soak_switches = 0;  // --soak HOVERS,SWITCHES
    unsigned width = 1280;
    unsigned height = 800;
    std::chrono::steady_clock::time_point process_start = std::chrono::steady_clock::now();
};

// `medmap export`. Sizes, scale, theme and format stay text until run_export checks
// them, so each error names its flag.
struct ExportCommandOptions {
    std::string specialty = "emt";
    std::string metric = "median-wage";
    int year = 0;  // 0: the dataset's default wage year
    std::string out;
    std::string format;  // one format; with --all a comma-separated list (default png)
    std::string width, height, scale, text_scale;
    std::string page;    // PDF: slide, letter, a4 or WxH inches (default slide)
    bool force = false;  // replace a read-only output file
    std::string theme = "light";
    bool transparent = false;
    std::string subtitle;
    LayerFlags layer_flags;  // --classes, --method, --palette, --center, --vs-us, --labels
    bool all = false;
    std::string out_dir;
    std::string jobs;  // --all on this many threads; empty: every core
    bool full_detail = false;  // every vertex, not the outlines at the output's resolution
    bool embed = false;  // html: a fragment for a CMS instead of a whole page
    std::string view = "map";  // --view: map, bars or both
};

int run_list(Session& session, bool json);
int run_info(Session& session, const InfoOptions& options);
// `base_default`: the stats file used when --base is not given.
int run_import(const ImportOptions& options, const std::filesystem::path& base_default);
// No subcommand: the window when a display exists, else the default layer headless.
int run_show(Session& session, const ShowOptions& options);
// Exports one layer, or every specialty x metric with --all; loads the data once.
int run_export(Session& session, const ExportCommandOptions& options);
// The run without a display: `layer` as a 1920x1080 PNG named
// ./medmap-<specialty>-<metric>-<year>.png in the current directory; returns that path.
std::filesystem::path export_layer_png(Session& session, const figure::LayerSpec& layer);
// The window's Ctrl+S and save dialog: the whole figure of `layer` showing the part of
// the map the window shows (`carry`), in the request's formats and size, in the current
// directory under a name no earlier save has. Returns the paths written.
std::vector<std::filesystem::path> export_window_view(Session& session, const figure::LayerSpec& layer,
                                                      const figure::ViewCarry& carry,
                                                      const figure::SaveRequest& request);

// Resolves a specialty given as slug or SOC code, or throws medmap::UsageError
// listing the valid slugs.
const data::Specialty& resolve_specialty(const data::Dataset& dataset, const std::string& key);

}  // namespace medmap::app
