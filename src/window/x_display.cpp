#include "window/x_display.hpp"

#include <X11/Xlib.h>

#include <chrono>
#include <thread>

namespace medmap::window {

XConnection open_x_display(int attempts) {
    // SFML aborts the process when it cannot open the display; under Xvfb a connection is
    // refused now and then, so try a few times before saying there is no display.
    for (int i = 0; i < attempts; ++i) {
        if (Display* display = XOpenDisplay(nullptr))
            return XConnection(display, [](void* d) { XCloseDisplay(static_cast<Display*>(d)); });
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return {};
}

}  // namespace medmap::window
