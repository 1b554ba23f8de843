#pragma once
// How a loader answers a problem confined to one item (a stats value or area, a
// geodata feature) when the rest of the file is sound. Without a handler it throws, so
// the first problem stops the load. With one (--lenient) it hands the problem over,
// drops that item (the value becomes "no data", the feature is left out) and goes on;
// the handler may still throw to stop. Problems with the file as a whole always throw.
#include <functional>

#include "core/base/input_error.hpp"

namespace medmap {

using DropHandler = std::function<void(const InputError& problem)>;

}  // namespace medmap
