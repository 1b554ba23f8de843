#include "window/map_window.hpp"

#include <SFML/OpenGL.hpp>
#include <cstdlib>
#include <iostream>

#include "core/figure/figure_view.hpp"
#include "window/glyph_preloader.hpp"
#include "window/map_window_impl.hpp"
#include "window/pixel_rects.hpp"
#include "window/sfml_target.hpp"
#include "window/x_display.hpp"

namespace medmap::window {

DisplayCheck check_display() {
    const char* display = std::getenv("DISPLAY");
    if (!display || !*display) return {"DISPLAY is not set", {}};
    XConnection connection = open_x_display();
    if (!connection) return {"cannot connect to the X display '" + std::string(display) + "'", {}};
    return {std::nullopt, std::move(connection)};
}

std::string no_display_message(const std::string& problem) {
    return "no display (" + problem + "): cannot open the window; use `medmap export` to write images";
}

namespace {

figure::WindowHooks hooks_for(const WindowOptions& options, const MapWindow* window) {
    figure::WindowHooks hooks;
    hooks.save = options.save;
    hooks.layer_flags = options.layer_flags;
    if (options.log_events) hooks.log = [window](const std::string& line) { window->log(line); };
    return hooks;
}

std::optional<figure::NamedKey> named(sf::Keyboard::Key code) {
    using K = sf::Keyboard;
    using N = figure::NamedKey;
    switch (code) {
        case K::Up: return N::Up;
        case K::Down: return N::Down;
        case K::Left: return N::Left;
        case K::Right: return N::Right;
        case K::PageUp: return N::PageUp;
        case K::PageDown: return N::PageDown;
        case K::Tab: return N::Tab;
        case K::Escape: return N::Escape;
        case K::Enter: return N::Enter;
        case K::BackSpace: return N::Backspace;
        case K::F1: return N::F1;
        case K::Add: return N::KeypadPlus;
        case K::Subtract: return N::KeypadMinus;
        default: return std::nullopt;
    }
}

geo::Vec2 at(int x, int y) { return {static_cast<double>(x), static_cast<double>(y)}; }

}  // namespace

MapWindow::MapWindow(const data::Dataset& dataset, const geo::MapModel& map, const WindowOptions& options,
                     Fonts fonts)
    : options_(options), fonts_(std::move(fonts)),
      session_(dataset, map, options.layer, hooks_for(options, this), measure_with(fonts_)) {
    window_.create(sf::VideoMode(options.width, options.height), "medmap: medical technician wages and job growth",
                   sf::Style::Default);
    window_.setPosition({0, 0});  // SFML 2.5 may place it off-screen under Xvfb
    // Only the cached figure is anti-aliased: a multisampled window would be resolved on
    // every hover frame, which costs llvmpipe ~30 ms at 1080p. MSAA is the fallback for a
    // window too large to supersample (resize()).
    msaa_ = std::min(4u, sf::RenderTexture::getMaximumAntialiasingLevel());
    presenter_.emplace(window_);
    log(std::string("present ") + (presenter_->keeps_back_buffer() ? "changed-areas" : "whole-frames"));
    resize(options.width, options.height);
}

double MapWindow::ms_since_start() const {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - options_.process_start).count();
}

void MapWindow::log(const std::string& line) const {
    if (options_.log_events) std::cout << line << std::endl;
}

void MapWindow::resize(unsigned width, unsigned height) {
    const auto [w, h] = session_.resize(width, height);
    if (w != width || h != height) window_.setSize({w, h});  // the minimum size
    window_.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(w), static_cast<float>(h))));
    // Anti-aliasing by supersampling: the figure is drawn at twice the size and each 2x2
    // block averaged into one pixel. Under Mesa's llvmpipe that is ~25x faster than 4x
    // MSAA (the first frame's drawing took ~130 ms with MSAA, ~5 ms without), and every
    // layer switch redraws the figure. The stencil buffer fills paths that come without
    // triangles (see SfmlTarget).
    supersample_ = std::max(w, h) * kSupersample <= sf::Texture::getMaximumSize() ? kSupersample : 1;
    const unsigned ss = supersample_;
    if (!cache_.create(w * ss, h * ss, sf::ContextSettings(0, 8, ss > 1 ? 0 : msaa_)) || !resolved_.create(w, h))
        throw std::runtime_error("cannot create a " + std::to_string(w) + "x" + std::to_string(h) + " drawing surface");
    cache_.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(w), static_cast<float>(h))));
    cache_.setSmooth(true);  // halving with linear filtering averages each 2x2 block exactly
    cached_generation_ = ~std::uint64_t{0};
    presenter_->invalidate();  // the back buffer was reallocated
}

int MapWindow::run() {
    bool first = true;
    auto last_frame = std::chrono::steady_clock::now();
    while (window_.isOpen()) {
        bool changed = false;
        sf::Event event;
        while (window_.pollEvent(event)) changed |= handle(event);
        const auto now = std::chrono::steady_clock::now();
        changed |= session_.tick(now);
        if (changed || first) {
            render_frame();
            last_frame = now;
            if (first) {
                log("first-frame " + std::to_string(ms_since_start()) + "ms");
                after_first_frame();
            }
            first = false;
        } else {
            if (now - last_frame > FramePresenter::kSettleAfter) presenter_->settle();
            sf::sleep(sf::milliseconds(8));  // idle: redraw only when something changes
        }
    }
    return 0;
}

bool MapWindow::handle(const sf::Event& e) {
    switch (e.type) {
        case sf::Event::Closed: window_.close(); return false;
        case sf::Event::Resized: resize(e.size.width, e.size.height); return true;
        case sf::Event::MouseMoved:
            return session_.pointer_moved(at(e.mouseMove.x, e.mouseMove.y), sf::Mouse::isButtonPressed(sf::Mouse::Left));
        case sf::Event::MouseLeft: return session_.pointer_left();
        case sf::Event::LostFocus: return session_.focus_lost();
        case sf::Event::MouseButtonPressed:
            return e.mouseButton.button == sf::Mouse::Left && session_.button_pressed(at(e.mouseButton.x, e.mouseButton.y));
        case sf::Event::MouseButtonReleased:
            return e.mouseButton.button == sf::Mouse::Left && session_.button_released(at(e.mouseButton.x, e.mouseButton.y));
        case sf::Event::MouseWheelScrolled:
            return session_.wheel(e.mouseWheelScroll.delta, at(e.mouseWheelScroll.x, e.mouseWheelScroll.y));
        case sf::Event::KeyPressed: {
            figure::KeyPress press;
            press.ctrl = e.key.control;
            press.shift = e.key.shift;
            if (e.key.code >= sf::Keyboard::A && e.key.code <= sf::Keyboard::Z)
                press.letter = static_cast<char>('a' + (e.key.code - sf::Keyboard::A));
            if (auto n = named(e.key.code)) press.key = *n;
            if (press.key == figure::NamedKey::None && !press.ctrl) return false;  // letters arrive as text
            return session_.key(press);
        }
        case sf::Event::TextEntered:
            if (sf::Keyboard::isKeyPressed(sf::Keyboard::LControl) || sf::Keyboard::isKeyPressed(sf::Keyboard::RControl))
                return false;
            return session_.text(e.text.unicode);
        default: return false;
    }
}

void MapWindow::redraw_cache() {
    {  // every new glyph is uploaded before anything is drawn (glyph_preloader.hpp)
        GlyphPreloader glyphs(fonts_, supersample_);
        figure::paint_view(glyphs, session_.figure(), session_.interaction().map().atlas, session_.view_layout());
        figure::paint_overlay(glyphs, session_.side_panel());
    }
    cache_.clear(to_sf(session_.figure().colors.background));
    {
        SfmlTarget target(cache_, fonts_);
        figure::paint_view(target, session_.figure(), session_.interaction().map().atlas, session_.view_layout());
        figure::paint_overlay(target, session_.side_panel());
    }
    cache_.display();
    sf::Sprite whole(cache_.getTexture());
    whole.setScale(1.0f / static_cast<float>(supersample_), 1.0f / static_cast<float>(supersample_));
    resolved_.draw(whole, sf::RenderStates(sf::BlendNone));
    resolved_.display();
    cached_generation_ = session_.figure_generation();
    presenter_->invalidate();
}

void MapWindow::render_frame() {
    if (cached_generation_ != session_.figure_generation()) redraw_cache();
    const std::vector<figure::Overlay> overlays = session_.overlays();  // built once: a tooltip ranks states
    {  // a tooltip's new glyphs, before the frame starts drawing
        GlyphPreloader glyphs(fonts_);
        for (const figure::Overlay& overlay : overlays) figure::paint_overlay(glyphs, overlay);
    }
    std::vector<sf::IntRect> hidden;  // under this frame's opaque boxes
    for (const figure::Overlay& overlay : overlays)
        for (const geo::Box& area : overlay.opaque_areas()) hidden.push_back(pixels_within(area));
    presenter_->restore(resolved_.getTexture(), hidden);
    // One target per piece, so that each piece's drawn area is known for the next frame.
    for (const figure::Highlight& h : session_.highlights()) {
        SfmlTarget target(window_, fonts_);
        figure::paint_view_highlight(target, session_.figure(), session_.interaction().map().atlas,
                                     session_.view_layout(), h.state, h.color, h.width_px);
        presenter_->drew(target.drawn_bounds());
    }
    for (const figure::Overlay& overlay : overlays) {
        SfmlTarget target(window_, fonts_);
        figure::paint_overlay(target, overlay);
        presenter_->drew(target.drawn_bounds());
    }
    presenter_->present();
}

void MapWindow::after_first_frame() { presenter_->prepare_copies(resolved_.getTexture()); }

void MapWindow::finish_gpu_work() {
    if (window_.setActive(true)) glFinish();
}

int run_window(const data::Dataset& dataset, const geo::MapModel& map, const WindowOptions& options,
               WindowWarmup& warmup) {
    MapWindow window(dataset, map, options, warmup.take_fonts());
    if (options.bench_frames > 0) return bench_frames(window, map, options.bench_frames);
    if (options.soak_hovers > 0 && options.soak_switches > 0)
        return soak(window, map, static_cast<int>(dataset.metrics().size() * dataset.specialties().size()),
                    options.soak_hovers, options.soak_switches);
    return window.run();
}

}  // namespace medmap::window
