#pragma once
// The interactive window: an SFML event loop around the core's WindowSession. It turns
// events into session calls and draws what the session describes through the core's one
// painter; it decides nothing a user sees.
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/figure/layer_spec.hpp"
#include "core/figure/window_session.hpp"
#include "core/geo/map_model.hpp"
#include "window/window_warmup.hpp"

namespace medmap::window {

struct WindowOptions {
    unsigned width = 1280;
    unsigned height = 800;
    figure::LayerSpec layer;
    bool log_events = false;  // print "hover TX", "layer --specialty ...", "figure X Y W H" to stdout
    int bench_frames = 0;     // >0: render this many frames moving the hover, print p50/p99, exit
    // Both >0: drive this many hover moves and layer switches through the event handler,
    // print resident memory before and after, exit (a leak test).
    int soak_hovers = 0;
    int soak_switches = 0;
    std::chrono::steady_clock::time_point process_start = std::chrono::steady_clock::now();
    // Ctrl+S and the save dialog; see figure::WindowHooks::save.
    decltype(figure::WindowHooks::save) save;
    // The `medmap export` flags of a layer, for --log-events.
    decltype(figure::WindowHooks::layer_flags) layer_flags;
};

// Whether the window can open. SFML aborts without a display, so check first.
struct DisplayCheck {
    // Why not ("DISPLAY is not set", "cannot connect to the X display ':9'"); none: it can.
    std::optional<std::string> problem;
    // The check's own connection: hold it until the window is open (x_display.hpp says why).
    std::shared_ptr<void> connection;
};
DisplayCheck check_display();

// The one line for a missing display, naming the problem.
std::string no_display_message(const std::string& problem);

// Runs until the window is closed. Returns the process exit status. `warmup` was started
// before the data was loaded (window_warmup.hpp).
int run_window(const data::Dataset& dataset, const geo::MapModel& map, const WindowOptions& options,
               WindowWarmup& warmup);

}  // namespace medmap::window
