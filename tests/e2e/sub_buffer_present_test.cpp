// Showing part of a frame: after a whole red frame, a blue back buffer shown only in one
// area leaves the screen blue there and red elsewhere (read back from the X server).
// It lives with the end-to-end tests because it reads the screen: another test's window
// opened at (0, 0) on the shared display would cover it (CI failed once with "pixel 0,0
// not red" while a test_gl window opened beside it), and REAL_WINDOWS tests run alone.
#include <catch2/catch.hpp>

#include <SFML/Graphics.hpp>
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <cstdlib>
#include <memory>

#include "window/sub_buffer_present.hpp"

using namespace medmap;

namespace {

// The window's pixels as the X server shows them: {r, g, b} at x, y.
struct ScreenPixels {
    std::unique_ptr<Display, int (*)(Display*)> display{XOpenDisplay(nullptr), XCloseDisplay};
    XImage* image = nullptr;
    explicit ScreenPixels(sf::WindowHandle window, unsigned width, unsigned height) {
        REQUIRE(display);
        image = XGetImage(display.get(), window, 0, 0, width, height, AllPlanes, ZPixmap);
        REQUIRE(image);
    }
    ~ScreenPixels() {
        if (image) XDestroyImage(image);
    }
    ScreenPixels(const ScreenPixels&) = delete;
    ScreenPixels& operator=(const ScreenPixels&) = delete;
    bool blue(int x, int y) const {
        const unsigned long p = XGetPixel(image, x, y);
        return (p & image->blue_mask) == image->blue_mask && (p & image->red_mask) == 0;
    }
    bool red(int x, int y) const {
        const unsigned long p = XGetPixel(image, x, y);
        return (p & image->red_mask) == image->red_mask && (p & image->blue_mask) == 0;
    }
};

bool viewable(sf::WindowHandle window) {
    const std::unique_ptr<Display, int (*)(Display*)> display{XOpenDisplay(nullptr), XCloseDisplay};
    XWindowAttributes attributes{};
    return display && XGetWindowAttributes(display.get(), window, &attributes) && attributes.map_state == IsViewable;
}

// Shows whole red frames until the X server shows the window red everywhere: a frame
// swapped before the server has mapped the window is lost, so the precondition is read
// back, not assumed.
bool show_red_everywhere(sf::RenderWindow& window, unsigned width, unsigned height) {
    for (int attempt = 0; attempt < 40; ++attempt) {
        window.clear(sf::Color::Red);
        window.display();
        sf::sleep(sf::milliseconds(50));
        if (!viewable(window.getSystemHandle())) continue;
        const ScreenPixels screen(window.getSystemHandle(), width, height);
        bool all_red = true;
        for (unsigned y = 0; y < height && all_red; ++y)
            for (unsigned x = 0; x < width && all_red; ++x) all_red = screen.red(int(x), int(y));
        if (all_red) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("a frame shown in part changes the screen only in the given areas") {
    if (const char* d = std::getenv("DISPLAY"); !d || !*d) FAIL("needs an X display: run under xvfb-run -a");
    sf::RenderWindow window(sf::VideoMode(64, 48), "medmap sub-buffer test");
    window.setPosition({0, 0});
    window::SubBufferPresent part(window);
    if (!part.available()) {
        WARN("this driver has no GLX_MESA_copy_sub_buffer: the window shows whole frames");
        return;
    }
    REQUIRE(show_red_everywhere(window, 64, 48));
    window.clear(sf::Color::Blue);
    REQUIRE(part.present({{4, 2, 10, 6}}));
    sf::sleep(sf::milliseconds(200));  // the copy is a request to the X server
    const ScreenPixels screen(window.getSystemHandle(), 64, 48);
    for (int y = 0; y < 48; ++y)
        for (int x = 0; x < 64; ++x) {
            const bool in = x >= 4 && x < 14 && y >= 2 && y < 8;
            if (in ? !screen.blue(x, y) : !screen.red(x, y)) FAIL("pixel " << x << "," << y << (in ? " not blue" : " not red"));
        }
}
