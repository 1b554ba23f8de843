#pragma once
// A connection to the X display in DISPLAY, tried `attempts` times 100 ms apart. Kept
// apart from SFML's headers: Xlib's macros clash with them.
#include <memory>

namespace medmap::window {

// The open connection (closed when the last copy goes), or empty when the display
// refuses. Hold it until SFML has opened its own: an Xvfb run without -noreset resets
// when its only client leaves, and refuses whoever connects during the reset.
using XConnection = std::shared_ptr<void>;
XConnection open_x_display(int attempts = 5);

}  // namespace medmap::window
