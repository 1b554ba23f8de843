#include <iostream>
#include <optional>

#include "app/cli.hpp"
#include "app/commands.hpp"
#include "window/map_window.hpp"

namespace medmap::app {

namespace {

// Without a display the default layer is exported as a PNG, and its path printed.
int export_headless(Session& session, const figure::LayerSpec& spec) {
    std::cout << export_layer_png(session, spec).string() << "\n";
    return kExitOk;
}

}  // namespace

int run_show(Session& session, const ShowOptions& options_in) {
    ShowOptions options = options_in;
    apply_layer_flags(options.layer_flags, options.layer);
    const bool must_window = options.force_window || options.bench_frames > 0 || options.soak_hovers > 0;
    // Checked once, before anything starts: SFML would abort without a display. The
    // check's connection stays open until the window is closed.
    const window::DisplayCheck display =
        must_window || !options.force_headless ? window::check_display() : window::DisplayCheck{};
    const std::optional<std::string>& no_display = display.problem;
    const bool want_window = must_window || (!options.force_headless && !no_display);
    if (want_window && no_display) {
        std::cerr << "medmap: " << window::no_display_message(*no_display) << "\n";
        return kExitInput;
    }
    // The OpenGL driver and the fonts load on a second thread while the data loads.
    std::optional<window::WindowWarmup> warmup;
    if (want_window) warmup.emplace();
    resolve_specialty(session.dataset(), options.layer.specialty);
    if (!want_window) return export_headless(session, options.layer);

    window::WindowOptions w;
    w.width = options.width;
    w.height = options.height;
    w.layer = options.layer;
    w.log_events = options.log_events;
    w.bench_frames = options.bench_frames;
    w.soak_hovers = options.soak_hovers;
    w.soak_switches = options.soak_switches;
    w.process_start = options.process_start;
    w.save = [&session](const figure::LayerSpec& layer, const figure::ViewCarry& carry,
                        const figure::SaveRequest& request) {
        std::vector<std::string> paths;
        for (const auto& p : export_window_view(session, layer, carry, request)) paths.push_back(p.string());
        return paths;
    };
    w.layer_flags = [](const figure::LayerSpec& layer) { return layer_flags_text(layer); };
    return window::run_window(session.dataset(), session.map(), w, *warmup);
}

}  // namespace medmap::app
