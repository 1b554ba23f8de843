#pragma once
// Puts the cached figure on the window before a frame's highlight and overlays are drawn.
//
// A hover frame changes a few small areas of a window that is otherwise the cached
// figure. Copying the whole 1920x1080 cache costs Mesa's software rasteriser (llvmpipe,
// what Xvfb and GPU-less machines use) about 10 ms a frame, more than half the frame
// budget. Where the driver keeps the back buffer's pixels across a swap, as Mesa's
// software path does, only the areas the previous frame drew over are copied back. GPU
// drivers that flip buffers do not keep them; there every frame copies the whole cache,
// which a GPU does in well under a millisecond. Which case holds is measured once, when
// the window opens, by reading back a pixel after two swaps.
#include <SFML/Graphics.hpp>
#include <chrono>
#include <vector>

#include "core/geo/geometry.hpp"
#include "window/sub_buffer_present.hpp"
#include "window/texture_blit.hpp"

namespace medmap::window {

class FramePresenter {
public:
    // Probes `window` (it shows two blank frames).
    explicit FramePresenter(sf::RenderWindow& window);

    // The next frame copies the whole cache: after a resize or a new figure.
    void invalidate() { whole_ = true; }
    // Copies the cache onto the window: where the last frame drew over it, or everywhere,
    // except inside `hidden`: areas this frame covers with opaque boxes (a tooltip moving
    // over its own last place need not be repaired under itself).
    void restore(const sf::Texture& cache, const std::vector<sf::IntRect>& hidden = {});
    // Copies one pixel of `cache` as later frames copy areas (until then they draw the
    // cache as sprites). Under llvmpipe the first copy builds the driver's blit shader
    // (~55 ms): called once the first frame is up, so neither the first frame nor the
    // first hover waits for it.
    void prepare_copies(const sf::Texture& cache);
    // An area this frame draws over the cache, in window pixels.
    void drew(const geo::Box& box);
    // Shows the frame: the areas it restored or drew over, or the whole window.
    void present();
    // Once input has paused for kSettleAfter: shows the whole window after frames shown
    // in part, so the screen matches the back buffer everywhere, should the X server have
    // lost an area (a window moved off ours on a desktop without a compositor).
    void settle();
    static constexpr std::chrono::milliseconds kSettleAfter{1000};

    bool keeps_back_buffer() const { return keeps_back_buffer_; }

private:
    sf::RenderWindow& window_;
    TextureBlit blit_;
    SubBufferPresent sub_buffer_;
    bool keeps_back_buffer_ = false;
    bool whole_ = true;
    bool copies_prepared_ = false;    // prepare_copies() blitted: restore() blits too
    bool show_whole_ = true;          // this frame restored the whole window
    bool shown_in_part_ = false;      // a frame since the last whole one was shown in part
    std::vector<sf::IntRect> drawn_;  // what the frame on screen drew over the cache
    std::vector<sf::IntRect> changed_;  // what this frame restored or drew
};

// Whether `window`'s back buffer still holds the last frame after a swap (buffer age 1).
bool back_buffer_survives_swap(sf::RenderWindow& window);

}  // namespace medmap::window
