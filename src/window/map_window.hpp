#pragma once
// The interactive window: event loop and wiring. Decisions live in the core
// (MapInteraction, Figure, layouts); this file turns events into calls and draws.
#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/figure/figure.hpp"
#include "core/geo/map_model.hpp"
#include "core/geo/view_transform.hpp"

namespace medmap::window {

struct WindowOptions {
    unsigned width = 1280;
    unsigned height = 800;
    figure::LayerSpec layer;
    std::filesystem::path shader_dir;
    bool log_events = false;  // print "hover TX", "layer emt median-wage", ... to stdout
    int bench_frames = 0;     // >0: render this many frames moving the hover, print p50/p99, exit
    // Both >0: drive this many hover moves and layer switches through the event handler,
    // print resident memory before and after, exit (a leak test).
    int soak_hovers = 0;
    int soak_switches = 0;
    std::chrono::steady_clock::time_point process_start = std::chrono::steady_clock::now();
    // Ctrl+S: saves the current view (layer, figure canvas, zoomed view); returns the
    // paths written, or throws with a one-line reason.
    std::function<std::vector<std::string>(const figure::LayerSpec&, const geo::ViewTransform&, const geo::Box&)>
        save_view;
};

inline constexpr const char* kNoDisplayMessage =
    "no display (DISPLAY is not set): cannot open the window; use `medmap export` to write images";

// True when an X display is configured. SFML aborts without one, so check first.
bool display_available();

// Runs until the window is closed. Returns the process exit status.
int run_window(const data::Dataset& dataset, const geo::MapModel& map, const WindowOptions& options);

}  // namespace medmap::window
