#include "core/geo/atlas_lookup.hpp"

namespace medmap::geo {

std::optional<std::size_t> find_state(const Atlas& atlas, std::string_view usps) {
    for (std::size_t i = 0; i < atlas.states.size(); ++i)
        if (atlas.states[i].usps == usps) return i;
    return std::nullopt;
}

}  // namespace medmap::geo
