#pragma once
// Strict JSON parsing for the loader. nlohmann's parser alone would accept a key repeated
// in one object (keeping the last value) and reports positions as byte counts.
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace medmap::data {

// Parses `text`, skipping a leading UTF-8 BOM. Throws medmap::InputError naming `name` and
// "line L, column C" for a syntax error, or the key's JSON path for a duplicate key.
nlohmann::json parse_json_strictly(std::string_view text, const std::string& name);

}  // namespace medmap::data
