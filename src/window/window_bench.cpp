// The --bench-frames and --soak harness: synthetic events through the same handler real
// input goes through, outside the window's own code.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <iostream>

#include "window/map_window_impl.hpp"
#include "window/resident_memory.hpp"

namespace medmap::window {

namespace {

using Clock = std::chrono::steady_clock;

// A point inside each state (its first triangle's centroid), in map units.
std::vector<geo::Vec2> hover_targets(const geo::MapModel& map) {
    std::vector<geo::Vec2> targets;
    for (const auto& tris : map.triangles)
        if (tris.size() >= 3)
            targets.push_back({(tris[0].x + tris[1].x + tris[2].x) / 3, (tris[0].y + tris[1].y + tris[2].y) / 3});
    return targets;
}

sf::Event mouse_move_to(MapWindow& window, geo::Vec2 map_point) {
    const auto screen = window.session().interaction().view().to_screen(map_point);
    sf::Event e{};
    e.type = sf::Event::MouseMoved;
    e.mouseMove = {static_cast<int>(std::lround(screen.x)), static_cast<int>(std::lround(screen.y))};
    return e;
}

void drain_real_events(MapWindow& window) {
    sf::Event event;
    while (window.window().pollEvent(event)) {}
}

}  // namespace

// Frame timings while the hover walks over every state (each frame composes the cached
// figure with a new highlight and tooltip, as real hovering does).
int bench_frames(MapWindow& window, const geo::MapModel& map, int frames) {
    const std::vector<geo::Vec2> targets = hover_targets(map);
    window.render_frame();
    const double first_frame_ms = window.ms_since_start();
    window.after_first_frame();
    std::vector<double> times;
    for (int i = 0; i < frames; ++i) {
        drain_real_events(window);
        const auto start = Clock::now();
        window.handle(mouse_move_to(window, targets[static_cast<std::size_t>(i) % targets.size()]));
        window.render_frame();
        window.finish_gpu_work();
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    auto pct = [&](double p) { return times[std::min(times.size() - 1, static_cast<std::size_t>(p * times.size()))]; };
    const auto size = window.window().getSize();
    std::cout << "frames " << frames << " size " << size.x << "x" << size.y << "\nfirst_frame_ms " << first_frame_ms
              << "\np50_ms " << pct(0.50) << "\np99_ms " << pct(0.99) << std::endl;
    return 0;
}

// Hover moves over every state in turn and layer switches (next metric, or a specialty
// key) between them. Memory is read after a warm-up that has drawn every layer once, so
// growth afterwards is what the events themselves keep.
int soak(MapWindow& window, const geo::MapModel& map, int layers, int hovers, int switches) {
    const std::vector<geo::Vec2> targets = hover_targets(map);
    std::size_t hovered = 0;
    auto feed = [&](const sf::Event& e) {
        if (window.handle(e)) window.render_frame();
    };
    auto hover_next = [&] { feed(mouse_move_to(window, targets[hovered++ % targets.size()])); };
    int switched = 0;
    auto switch_layer = [&] {
        sf::Event e{};
        e.type = sf::Event::TextEntered;
        e.text.unicode = static_cast<sf::Uint32>(
            switched % 2 == 0 ? 'm' : figure::specialty_key(static_cast<std::size_t>(switched / 2) % 12)[0]);
        ++switched;
        feed(e);
    };
    window.render_frame();
    window.after_first_frame();
    // Warm-up: M and a specialty key in turn reach every layer in 2 x layers steps (the
    // metric and specialty counts are coprime, 7 and 12), hovering between.
    for (int i = 0; i < 2 * layers; ++i) {
        switch_layer();
        hover_next();
        drain_real_events(window);
    }
    const std::size_t before_kb = resident_kb();
    const auto started = Clock::now();
    const int hovers_per_switch = std::max(1, hovers / switches);
    int done_hovers = 0, done_switches = 0;
    while (done_hovers < hovers || done_switches < switches) {
        for (int i = 0; i < hovers_per_switch && done_hovers < hovers; ++i, ++done_hovers) hover_next();
        if (done_switches < switches) {
            switch_layer();
            ++done_switches;
        }
        drain_real_events(window);
    }
    const std::size_t after_kb = resident_kb();
    std::cout << "soak hovers " << done_hovers << " switches " << done_switches << " rss_before_kb " << before_kb
              << " rss_after_kb " << after_kb << " seconds "
              << std::chrono::duration<double>(Clock::now() - started).count() << std::endl;
    return 0;
}

}  // namespace medmap::window
