#pragma once
// The window object behind run_window, shared with the bench and soak harness
// (window_bench.cpp), which feed it synthetic events.
#include <SFML/Graphics.hpp>
#include <memory>
#include <optional>

#include "core/figure/window_session.hpp"
#include "window/frame_presenter.hpp"
#include "window/map_window.hpp"
#include "window/text.hpp"

namespace medmap::window {

// How many times the window's size the cached figure is drawn at (see MapWindow::resize).
inline constexpr unsigned kSupersample = 2;

class MapWindow {
public:
    MapWindow(const data::Dataset& dataset, const geo::MapModel& map, const WindowOptions& options, Fonts fonts);

    int run();
    // Handles one event; returns true when what the window shows changed.
    bool handle(const sf::Event& event);
    // Draws the frame: the cached figure and side panel, the highlight and the overlays.
    void render_frame();
    // Once the first frame is up: work that frame did not need (FramePresenter::prepare_copies).
    void after_first_frame();
    // Waits until the frame has really been drawn, so timings are not just queued commands.
    void finish_gpu_work();

    figure::WindowSession& session() { return session_; }
    sf::RenderWindow& window() { return window_; }
    double ms_since_start() const;
    void log(const std::string& line) const;

private:
    void resize(unsigned width, unsigned height);
    void redraw_cache();

    const WindowOptions& options_;
    Fonts fonts_;
    figure::WindowSession session_;
    sf::RenderWindow window_;
    // The figure drawn at kSupersample times the window's size (see resize()), and that
    // drawing scaled down to the window's size, which hover frames copy from.
    sf::RenderTexture cache_;
    sf::RenderTexture resolved_;
    unsigned supersample_ = 1;
    std::optional<FramePresenter> presenter_;  // made once the window exists
    unsigned msaa_ = 0;
    std::uint64_t cached_generation_ = ~std::uint64_t{0};
};

// --bench-frames and --soak (window_bench.cpp).
int bench_frames(MapWindow& window, const geo::MapModel& map, int frames);
// `layers`: how many layers M and the specialty keys reach (the warm-up draws each once).
int soak(MapWindow& window, const geo::MapModel& map, int layers, int hovers, int switches);

}  // namespace medmap::window
