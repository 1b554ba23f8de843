#pragma once
// Shows only the changed areas of a window's back buffer (GLX_MESA_copy_sub_buffer).
//
// A swap under Mesa's software path copies the whole back buffer to the X server: 8 MB
// at 1920x1080, about 1 ms of a hover frame. A hover frame changes a few areas (the
// tooltip and highlight, where they were and where they are), so copying just those is
// enough when the back buffer is kept, which is the only case this is used in.
#include <SFML/Graphics.hpp>
#include <vector>

namespace medmap::window {

class SubBufferPresent {
public:
    // Looks up the extension in `window`'s context (available() says whether it is there).
    explicit SubBufferPresent(sf::RenderWindow& window);

    bool available() const { return copy_ != nullptr; }
    // Copies `rects` (window pixels, top-left origin) of the back buffer to the screen.
    // False, having done nothing, when the extension is missing.
    bool present(const std::vector<sf::IntRect>& rects);

private:
    using CopySubBuffer = void (*)(void* display, unsigned long drawable, int x, int y, int width, int height);
    sf::RenderWindow& window_;
    CopySubBuffer copy_ = nullptr;
};

}  // namespace medmap::window
