#include "window/sub_buffer_present.hpp"

#include <GL/glx.h>

#include <cstring>
#include <string_view>

namespace medmap::window {

SubBufferPresent::SubBufferPresent(sf::RenderWindow& window) : window_(window) {
    if (!window_.setActive(true)) return;
    Display* display = glXGetCurrentDisplay();
    if (!display) return;
    const char* extensions = glXQueryExtensionsString(display, DefaultScreen(display));
    if (!extensions || std::string_view(extensions).find("GLX_MESA_copy_sub_buffer") == std::string_view::npos) return;
    const auto proc = glXGetProcAddress(reinterpret_cast<const GLubyte*>("glXCopySubBufferMESA"));
    copy_ = reinterpret_cast<CopySubBuffer>(proc);
}

bool SubBufferPresent::present(const std::vector<sf::IntRect>& rects) {
    if (!copy_ || !window_.setActive(true)) return false;
    Display* display = glXGetCurrentDisplay();
    const GLXDrawable drawable = glXGetCurrentDrawable();
    if (!display || !drawable) return false;
    const int height = static_cast<int>(window_.getSize().y);
    for (const sf::IntRect& r : rects)  // GLX counts rows from the bottom
        copy_(display, drawable, r.left, height - (r.top + r.height), r.width, r.height);
    return true;
}

}  // namespace medmap::window
