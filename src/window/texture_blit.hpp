#pragma once
// Copies rectangles of a texture onto a window's back buffer with glBlitFramebuffer.
//
// A textured sprite makes Mesa's software rasteriser (llvmpipe) sample the texture pixel
// by pixel through a shader; a same-size blit between matching formats is a plain memory
// copy there, and a GPU's copy engine does it on hardware drivers. The hover frame's
// repair (frame_presenter.hpp) copied ~1.3 ms a frame by sprite at 1920x1080.
#include <SFML/Graphics.hpp>
#include <vector>

namespace medmap::window {

class TextureBlit {
public:
    explicit TextureBlit(sf::RenderWindow& window) : window_(window) {}
    ~TextureBlit();
    TextureBlit(const TextureBlit&) = delete;
    TextureBlit& operator=(const TextureBlit&) = delete;

    // Copies `rects` (window pixels, top-left origin) of `texture`, a render texture's
    // (rows stored bottom-up, as the window's) the window's size, to the same places on
    // the window. False when the driver cannot: nothing was copied, draw sprites instead.
    bool copy(const sf::Texture& texture, const std::vector<sf::IntRect>& rects);

private:
    sf::RenderWindow& window_;
    unsigned framebuffer_ = 0;  // reads from the texture, in the window's context
    bool unusable_ = false;     // the framebuffer was incomplete once: never try again
};

}  // namespace medmap::window
