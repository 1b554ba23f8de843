#include "window/x_display.hpp"

#include <X11/Xlib.h>

#include <chrono>
#include <thread>

namespace medmap::window {

bool x_display_opens(int attempts) {
    // SFML aborts the process when it cannot open the display; under Xvfb a connection is
    // refused now and then, so try a few times before saying there is no display.
    for (int i = 0; i < attempts; ++i) {
        if (Display* display = XOpenDisplay(nullptr)) {
            XCloseDisplay(display);
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

}  // namespace medmap::window
