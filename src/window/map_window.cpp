#include "window/map_window.hpp"

#include <SFML/Graphics.hpp>
#include <SFML/OpenGL.hpp>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <iostream>

#include "core/figure/layout.hpp"
#include "core/figure/map_interaction.hpp"
#include "core/figure/state_report.hpp"
#include "core/figure/window_layout.hpp"
#include "window/choropleth_layer.hpp"
#include "window/figure_painter.hpp"
#include "window/overlays.hpp"
#include "window/resident_memory.hpp"
#include "window/text.hpp"

namespace medmap::window {

bool display_available() {
    const char* display = std::getenv("DISPLAY");
    return display && *display;
}

namespace {

using Clock = std::chrono::steady_clock;

const char* metric_slug(data::MetricId m) {
    switch (m) {
        case data::MetricId::MedianWage: return "median-wage";
        case data::MetricId::MeanWage: return "mean-wage";
        case data::MetricId::Employment: return "employment";
        case data::MetricId::Growth: return "growth";
        case data::MetricId::Openings: return "openings";
    }
    return "median-wage";
}

class MapWindow {
public:
    MapWindow(const data::Dataset& dataset, const geo::MapModel& map, const WindowOptions& options)
        : dataset_(dataset), map_(map), options_(options), interaction_(dataset, map, options.layer),
          fonts_(Fonts::load()) {
        // Only the cached map is multisampled: a multisampled window would be resolved on
        // every hover frame, which costs llvmpipe ~30 ms at 1080p.
        window_.create(sf::VideoMode(options.width, options.height),
                       "medmap: medical technician wages and job growth", sf::Style::Default);
        window_.setPosition({0, 0});  // SFML 2.5 may place it off-screen under Xvfb
        layer_ = std::make_unique<ChoroplethLayer>(map_, options.shader_dir, [](const std::string& w) {
            std::cerr << "medmap: warning: " << w << "\n";
        });
        msaa_ = std::min(4u, sf::RenderTexture::getMaximumAntialiasingLevel());
        relayout(options.width, options.height);
    }

    int run() {
        if (options_.bench_frames > 0) return bench(options_.bench_frames);
        if (options_.soak_hovers > 0 && options_.soak_switches > 0)
            return soak(options_.soak_hovers, options_.soak_switches);
        bool first = true;
        while (window_.isOpen()) {
            bool changed = false;
            sf::Event event;
            while (window_.pollEvent(event)) changed |= handle(event);
            if (!status_.empty() && Clock::now() > status_until_) {
                status_.clear();
                changed = true;
            }
            if (changed || first) {
                render_frame();
                if (first && options_.log_events) log("first-frame " + std::to_string(ms_since_start()) + "ms");
                first = false;
            } else {
                sf::sleep(sf::milliseconds(8));  // idle: redraw only when something changes
            }
        }
        return 0;
    }

private:
    double ms_since_start() const {
        return std::chrono::duration<double, std::milli>(Clock::now() - options_.process_start).count();
    }

    void log(const std::string& line) const {
        if (options_.log_events) std::cout << line << std::endl;
    }

    void relayout(unsigned w, unsigned h) {
        window_.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(w), static_cast<float>(h))));
        window_layout_ = figure::layout_window(w, h, dataset_.specialties(), measure_);
        rebuild_figure();
        interaction_.fit(figure_layout_.view);
        cache_.create(w, h, sf::ContextSettings(0, 0, msaa_));
        cache_dirty_ = true;
    }

    void rebuild_figure() {
        figure_ = figure::build_figure(dataset_, map_.atlas, interaction_.layer());
        figure_layout_ = figure::layout_figure(figure_, map_.atlas, window_layout_.canvas, 1.0, measure_);
        layer_->set_figure(figure_);
        cache_dirty_ = true;
    }

    void on_layer_changed() {
        rebuild_figure();
        const auto& l = interaction_.layer();
        log("layer " + l.specialty + " " + metric_slug(l.metric) + (l.vs_us ? " vs-us" : "") +
            (l.labels ? " labels" : ""));
    }

    bool layer_changed_if(bool changed) {
        if (changed) on_layer_changed();
        return changed;
    }

    bool toggle_help() {
        help_ = !help_;
        return true;
    }

    void on_hover_changed() {
        if (auto h = interaction_.hovered()) log("hover " + map_.atlas.states[*h].usps);
        else log("hover none");
    }

    void set_status(const std::string& text) {
        status_ = text;
        status_until_ = Clock::now() + std::chrono::seconds(6);
    }

    // Returns true when something visible changed.
    bool handle(const sf::Event& e) {
        switch (e.type) {
            case sf::Event::Closed: window_.close(); return false;
            case sf::Event::Resized: relayout(e.size.width, e.size.height); return true;
            case sf::Event::MouseMoved: return on_mouse_move({static_cast<double>(e.mouseMove.x), static_cast<double>(e.mouseMove.y)});
            case sf::Event::MouseButtonPressed:
                if (e.mouseButton.button == sf::Mouse::Left) {
                    press_ = {static_cast<double>(e.mouseButton.x), static_cast<double>(e.mouseButton.y)};
                    last_drag_ = press_;
                    dragging_ = figure_layout_.map.contains(press_);
                    moved_while_pressed_ = false;
                }
                return false;
            case sf::Event::MouseButtonReleased:
                if (e.mouseButton.button == sf::Mouse::Left) {
                    dragging_ = false;
                    if (!moved_while_pressed_)
                        if (auto row = figure::panel_row_at(window_layout_, press_))
                            return layer_changed_if(interaction_.select_specialty(*row));
                }
                return false;
            case sf::Event::MouseWheelScrolled: {
                geo::Vec2 at{static_cast<double>(e.mouseWheelScroll.x), static_cast<double>(e.mouseWheelScroll.y)};
                if (!figure_layout_.map.contains(at)) return false;
                interaction_.zoom(std::pow(1.2, e.mouseWheelScroll.delta), at);
                cache_dirty_ = true;
                return true;
            }
            case sf::Event::KeyPressed: return on_key(e.key);
            case sf::Event::TextEntered: return on_text(e.text.unicode);
            default: return false;
        }
    }

    bool on_mouse_move(geo::Vec2 p) {
        cursor_ = p;
        if (sf::Mouse::isButtonPressed(sf::Mouse::Left) && dragging_) {
            interaction_.pan({p.x - last_drag_.x, p.y - last_drag_.y});
            last_drag_ = p;
            moved_while_pressed_ = true;
            cache_dirty_ = true;
            return true;
        }
        std::optional<geo::Vec2> map_point;
        if (figure_layout_.map.contains(p)) map_point = interaction_.view().to_map(p);
        keyboard_focus_ = false;
        if (interaction_.hover_at(map_point)) {
            on_hover_changed();
            return true;
        }
        return interaction_.hovered().has_value();  // the tooltip follows the cursor
    }

    bool on_key(const sf::Event::KeyEvent& k) {
        using K = sf::Keyboard;
        if (k.control && k.code == K::S) {
            save();
            return true;
        }
        if (searching_ && k.code != K::Escape) return false;  // letters arrive as text
        const geo::Vec2 center = figure_layout_.map.center();
        auto zoom = [&](double f) {
            interaction_.zoom(f, cursor_in_map() ? cursor_ : center);
            cache_dirty_ = true;
            return true;
        };
        switch (k.code) {
            case K::Escape:
                if (help_) {
                    help_ = false;
                    return true;
                }
                searching_ = false;
                interaction_.clear();
                on_hover_changed();
                return true;
            case K::F1: return toggle_help();
            case K::Up: return layer_changed_if(interaction_.step_specialty(-1));
            case K::Down: return layer_changed_if(interaction_.step_specialty(1));
            case K::Add: case K::PageUp: return zoom(1.25);
            case K::Subtract: case K::PageDown: return zoom(1 / 1.25);
            case K::Tab:
                interaction_.focus_step(k.shift ? -1 : 1);
                keyboard_focus_ = true;
                on_hover_changed();
                return true;
            default: break;
        }
        return false;
    }

    bool on_text(sf::Uint32 unicode) {
        if (unicode >= 128 || unicode < 32) return false;
        const char c = static_cast<char>(unicode);
        if (searching_ || (std::isalpha(static_cast<unsigned char>(c)) && !is_shortcut(c))) {
            if (c == '/' ) return false;
            bool moved = interaction_.type_char(c, Clock::now());
            searching_ = true;
            search_until_ = Clock::now() + std::chrono::milliseconds(1200);
            if (moved) {
                keyboard_focus_ = true;
                on_hover_changed();
            }
            return true;
        }
        switch (c) {
            case '/': searching_ = true; search_until_ = Clock::now() + std::chrono::seconds(5); return true;
            case '?': return toggle_help();
            case 'm': case 'M': return layer_changed_if(interaction_.cycle_metric());
            case 'c': case 'C': return layer_changed_if(interaction_.cycle_class_method());
            case 'l': case 'L': return layer_changed_if(interaction_.toggle_labels());
            case 'd': case 'D': return layer_changed_if(interaction_.toggle_vs_us());
            case '[': return layer_changed_if(interaction_.change_class_count(-1));
            case ']': return layer_changed_if(interaction_.change_class_count(1));
            case 'r': case 'R': interaction_.reset_view(); cache_dirty_ = true; return true;
            case '+': interaction_.zoom(1.25, cursor_in_map() ? cursor_ : figure_layout_.map.center()); cache_dirty_ = true; return true;
            default: break;
        }
        static const std::string kSpecialtyKeys = "1234567890-=";
        if (auto pos = kSpecialtyKeys.find(c); pos != std::string::npos)
            return layer_changed_if(interaction_.select_specialty(pos));
        return false;
    }

    static bool is_shortcut(char c) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return c == 'm' || c == 'c' || c == 'r' || c == 'l' || c == 'd';
    }

    bool cursor_in_map() const { return figure_layout_.map.contains(cursor_); }

    void save() {
        if (!options_.save_view) return;
        try {
            auto paths = options_.save_view(interaction_.layer(), interaction_.view(), window_layout_.canvas);
            std::string joined;
            for (const auto& p : paths) joined += (joined.empty() ? "" : ", ") + p;
            set_status("Saved " + joined);
            log("saved " + joined);
        } catch (const std::exception& e) {
            set_status(std::string("Save failed: ") + e.what());
            log(std::string("save-failed ") + e.what());
        }
    }

    void redraw_cache() {
        cache_.clear(to_sf(figure_.colors.background));
        draw_figure(cache_, fonts_, *layer_, figure_, figure_layout_, interaction_.view());
        std::vector<std::string> status_lines = {
            "M  metric: " + dataset_.metric(interaction_.layer().metric).name,
            "C  classes: " + figure::to_string(figure_.classification.method) +
                (figure_.classification.method == figure::ClassMethod::Unclassed
                     ? std::string(" (continuous)")
                     : " (" + std::to_string(figure_.classification.class_count()) + ")"),
            std::string("L  labels: ") + (interaction_.layer().labels ? "on" : "off"),
            std::string("D  difference from US: ") + (interaction_.layer().vs_us ? "on" : "off"),
            "F1  keys",
        };
        draw_side_panel(cache_, fonts_, window_layout_, interaction_.specialty_index(), status_lines, figure_.colors);
        cache_.display();
        cache_dirty_ = false;
    }

    void render_frame() {
        if (searching_ && Clock::now() > search_until_) searching_ = false;
        if (cache_dirty_) redraw_cache();
        window_.clear();
        window_.draw(sf::Sprite(cache_.getTexture()));
        if (auto h = interaction_.hovered()) {
            layer_->draw_highlight(window_, interaction_.view(), *h, to_sf(figure_.colors.highlight), 2.5f);
            draw_callout_highlight(window_, figure_, *h, interaction_.view(), to_sf(figure_.colors.highlight), 2.5f);
            const auto& st = map_.atlas.states[*h];
            const auto* specialty = dataset_.find_specialty(interaction_.layer().specialty);
            auto report = figure::build_state_report(dataset_, *specialty, st.name, st.usps, interaction_.layer().wage_year);
            sf::Vector2f anchor(static_cast<float>(cursor_.x), static_cast<float>(cursor_.y));
            if (keyboard_focus_) {
                auto c = interaction_.view().to_screen(st.bounds.center());
                anchor = {static_cast<float>(c.x), static_cast<float>(c.y)};
            }
            draw_tooltip(window_, fonts_, report, figure_.colors, anchor, window_layout_.canvas, window_layout_.text_px);
        }
        std::string status = status_;
        if (searching_) status = "Find state: " + interaction_.typed() + "_";
        if (!status.empty()) {
            auto text = make_text(fonts_.regular, status, window_layout_.text_px, {}, to_sf(figure_.colors.text));
            const float w = text_width(text) + 2 * static_cast<float>(window_layout_.text_px);
            const auto& canvas = window_layout_.canvas;
            geo::Box box{canvas.center().x - w / 2, canvas.max_y - window_layout_.text_px * 4.2,
                         canvas.center().x + w / 2, canvas.max_y - window_layout_.text_px * 2.2};
            auto panel = make_box(box, to_sf(figure_.colors.panel));
            panel.setOutlineColor(to_sf(figure_.colors.muted_text));
            panel.setOutlineThickness(-1.f);
            window_.draw(panel);
            text.setPosition(static_cast<float>(box.min_x + window_layout_.text_px), static_cast<float>(box.min_y + window_layout_.text_px * 0.35));
            window_.draw(text);
        }
        if (help_) draw_help(window_, fonts_, window_layout_.canvas, figure_.colors, window_layout_.text_px);
        window_.display();
    }

    // A point inside each state (its first triangle's centroid), in map units.
    std::vector<geo::Vec2> hover_targets() const {
        std::vector<geo::Vec2> targets;
        for (const auto& tris : map_.triangles)
            if (tris.size() >= 3)
                targets.push_back({(tris[0].x + tris[1].x + tris[2].x) / 3, (tris[0].y + tris[1].y + tris[2].y) / 3});
        return targets;
    }

    // Feeds a synthetic event through the same handler real input goes through, and
    // draws the frame when it changed something, as run() does.
    void feed(const sf::Event& event) {
        if (handle(event)) render_frame();
    }

    // --soak: hover moves over every state in turn and layer switches (next metric, or
    // a specialty key) between them. Memory is read after a warm-up that has drawn
    // every layer once, so growth afterwards is what the events themselves keep.
    int soak(int hovers, int switches) {
        const std::vector<geo::Vec2> targets = hover_targets();
        std::size_t hovered = 0;
        auto hover_next = [&] {
            const auto screen = interaction_.view().to_screen(targets[hovered++ % targets.size()]);
            sf::Event e{};
            e.type = sf::Event::MouseMoved;
            e.mouseMove = {static_cast<int>(std::lround(screen.x)), static_cast<int>(std::lround(screen.y))};
            feed(e);
        };
        int switched = 0;
        auto switch_layer = [&] {
            static const std::string kSpecialtyKeys = "1234567890-=";
            sf::Event e{};
            e.type = sf::Event::TextEntered;
            e.text.unicode = static_cast<sf::Uint32>(switched % 2 == 0 ? 'm' : kSpecialtyKeys[(switched / 2) % 12]);
            ++switched;
            feed(e);
        };
        auto drain_real_events = [&] {
            sf::Event event;
            while (window_.pollEvent(event)) {}
        };
        render_frame();
        for (int i = 0; i < 120; ++i) {  // warm-up: all 60 layers, hovering between
            switch_layer();
            hover_next();
            drain_real_events();
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
            drain_real_events();
        }
        const std::size_t after_kb = resident_kb();
        std::cout << "soak hovers " << done_hovers << " switches " << done_switches << " rss_before_kb " << before_kb
                  << " rss_after_kb " << after_kb << " seconds "
                  << std::chrono::duration<double>(Clock::now() - started).count() << std::endl;
        return 0;
    }

    // Frame timings while the hover walks over every state (each frame composes the
    // cached map with a new highlight and tooltip, as real hovering does).
    int bench(int frames) {
        const std::vector<geo::Vec2> targets = hover_targets();
        render_frame();
        const double first_frame_ms = ms_since_start();
        std::vector<double> times;
        for (int i = 0; i < frames; ++i) {
            sf::Event event;
            while (window_.pollEvent(event)) {}
            auto start = Clock::now();
            auto screen = interaction_.view().to_screen(targets[static_cast<std::size_t>(i) % targets.size()]);
            on_mouse_move(screen);
            render_frame();
            finish_gpu_work();
            times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        }
        std::sort(times.begin(), times.end());
        auto pct = [&](double p) { return times[std::min(times.size() - 1, static_cast<std::size_t>(p * times.size()))]; };
        std::cout << "frames " << frames << " size " << window_.getSize().x << "x" << window_.getSize().y
                  << " msaa " << msaa_ << " shader " << (layer_->uses_shader() ? "yes" : "no")
                  << "\nfirst_frame_ms " << first_frame_ms << "\np50_ms " << pct(0.50) << "\np99_ms " << pct(0.99)
                  << std::endl;
        return 0;
    }

    // Waits until the frame has really been drawn, so timings are not just queued commands.
    void finish_gpu_work() {
        if (window_.setActive(true)) glFinish();
    }

    const data::Dataset& dataset_;
    const geo::MapModel& map_;
    const WindowOptions& options_;
    figure::MapInteraction interaction_;
    Fonts fonts_;
    figure::TextMeasure measure_ = measure_with(fonts_);
    sf::RenderWindow window_;
    sf::RenderTexture cache_;
    unsigned msaa_ = 0;
    std::unique_ptr<ChoroplethLayer> layer_;
    figure::WindowLayout window_layout_;
    figure::Figure figure_;
    figure::FigureLayout figure_layout_;
    bool cache_dirty_ = true;
    bool help_ = false;
    bool searching_ = false;
    bool keyboard_focus_ = false;
    Clock::time_point search_until_{};
    std::string status_;
    Clock::time_point status_until_{};
    geo::Vec2 cursor_{-1, -1}, press_, last_drag_;
    bool dragging_ = false, moved_while_pressed_ = false;
};

}  // namespace

int run_window(const data::Dataset& dataset, const geo::MapModel& map, const WindowOptions& options) {
    if (!display_available()) {
        std::cerr << "medmap: " << kNoDisplayMessage << "\n";
        return 1;
    }
    MapWindow window(dataset, map, options);
    return window.run();
}

}  // namespace medmap::window
