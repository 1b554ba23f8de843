#pragma once
// A projected atlas as bytes, for the on-disk cache that lets medmap start without
// loading GDAL. The format is private to one medmap build: a header with a magic
// string, a format version and a checksum of the body; anything unexpected reads as
// "no cache", never as a wrong map.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/geo/albers_usa.hpp"

namespace medmap::geo {

std::string serialize_atlas(const Atlas& atlas);
// nullopt for bytes that are not a complete, intact atlas of this format version.
std::optional<Atlas> deserialize_atlas(std::string_view bytes);

// 64-bit FNV-1a, continued from `seed` (use the result of a previous call to chain).
std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t seed = 14695981039346656037ull);

}  // namespace medmap::geo
