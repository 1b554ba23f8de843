#pragma once
#include <optional>
#include <string_view>

#include "core/geo/albers_usa.hpp"

namespace medmap::geo {

// Index into atlas.states of the state with this USPS code (exact, upper case).
std::optional<std::size_t> find_state(const Atlas& atlas, std::string_view usps);

}  // namespace medmap::geo
