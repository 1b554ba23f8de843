#include "core/figure/path_identity.hpp"

#include <functional>
#include <string_view>

namespace medmap::figure {

std::uint64_t combine_identity(std::uint64_t seed, std::uint64_t h) {
    return seed ^ (h + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

std::uint64_t ring_identity(const geo::Ring& ring) {
    const std::string_view bytes(reinterpret_cast<const char*>(ring.data()), ring.size() * sizeof(geo::Vec2));
    return std::hash<std::string_view>{}(bytes);
}

std::uint64_t path_identity(const PixelPath& path) {
    std::uint64_t h = 0x51ed270b7a3c1f25ULL;
    for (const geo::Ring& ring : path.rings) h = combine_identity(h, ring_identity(ring));
    // 0 means "not computed" in PixelPath::identity.
    return h ? h : 1;
}

}  // namespace medmap::figure
