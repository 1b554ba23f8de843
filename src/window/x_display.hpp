#pragma once
// Whether the X display in DISPLAY accepts a connection, tried `attempts` times 100 ms
// apart. Kept apart from SFML's headers: Xlib's macros clash with them.
namespace medmap::window {

bool x_display_opens(int attempts = 5);

}  // namespace medmap::window
