#include "window/window_warmup.hpp"

namespace medmap::window {

WindowWarmup::WindowWarmup()
    : ready_(std::async(std::launch::async, [] {
          // Any context makes SFML create its shared context first, which loads the driver;
          // the window's context shares it later. Released here, so another thread may use it.
          auto context = std::make_unique<sf::Context>();
          context->setActive(false);
          return Ready{Fonts::load(), std::move(context)};
      })) {}

WindowWarmup::~WindowWarmup() {
    if (ready_.valid()) ready_.wait();
}

Fonts WindowWarmup::take_fonts() {
    Ready ready = ready_.get();
    context_ = std::move(ready.context);
    return std::move(ready.fonts);
}

}  // namespace medmap::window
