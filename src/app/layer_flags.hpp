#pragma once
// The cartographic options the window (top-level flags) and `medmap export` share:
// --classes, --method, --palette, --center, --vs-us and --labels. Values stay text until
// apply_layer_flags checks them, so each error is one line naming its flag and the
// valid values.
#include <optional>
#include <string>

#include "core/figure/layer_spec.hpp"

namespace CLI {
class App;
}

namespace medmap::app {

// Empty when the flag was not given (an empty value given is an error).
struct LayerFlags {
    std::optional<std::string> classes;  // "3".."9"
    std::optional<std::string> method;   // quantile, equal, jenks, pretty, unclassed
    std::optional<std::string> palette;  // a palette name (medmap list shows them)
    std::optional<std::string> centre;   // "us" or "zero" (--center)
    bool vs_us = false;
    bool labels = false;
};

void add_layer_flags(CLI::App& command, LayerFlags& flags);

// Sets the flags that were given on `spec`; throws medmap::UsageError naming the flag.
void apply_layer_flags(const LayerFlags& flags, figure::LayerSpec& spec);

// The flags that reproduce a resolved layer exactly with `medmap export`:
// "--specialty emt --metric growth --year 2014 --method pretty --classes 5 --palette BrBG
// --center us --vs-us --labels" (the last two only when on).
std::string layer_flags_text(const figure::LayerSpec& layer);

}  // namespace medmap::app
