#pragma once
// What the window needs and the data does not, started on a second thread while the
// caller loads the data and the geometry: OpenGL (SFML's shared context; under Mesa's
// llvmpipe, loading the driver and creating its first context costs ~70 ms) and the
// fonts (fontconfig reads its configuration, ~15 ms).
#include <SFML/Window/Context.hpp>
#include <future>
#include <memory>

#include "window/text.hpp"

namespace medmap::window {

class WindowWarmup {
public:
    // Call only when check_display() finds a display: SFML aborts without a display.
    WindowWarmup();
    // Waits for the thread: it never outlives what it touches.
    ~WindowWarmup();
    WindowWarmup(const WindowWarmup&) = delete;
    WindowWarmup& operator=(const WindowWarmup&) = delete;

    // Waits for the warm-up and hands over the fonts; rethrows a failure to load them.
    Fonts take_fonts();

private:
    struct Ready {
        Fonts fonts;
        // Kept alive for as long as this object: SFML destroys its shared context (and
        // Mesa its whole driver state) whenever the last OpenGL resource goes, so
        // without it the window would pay for the start-up a second time.
        std::unique_ptr<sf::Context> context;
    };
    std::future<Ready> ready_;
    std::unique_ptr<sf::Context> context_;
};

}  // namespace medmap::window
