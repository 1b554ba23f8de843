#pragma once
// Places inside a JSON document, written the way error messages name them:
// "wages.2014.emt.TX.median", "specialties[3].soc".
#include <cstddef>
#include <string>
#include <string_view>

namespace medmap::data {

inline std::string json_child_path(std::string_view parent, std::string_view key) {
    std::string path(parent);
    if (!path.empty()) path += '.';
    path += key;
    return path;
}

inline std::string json_index_path(std::string_view parent, std::size_t index) {
    return std::string(parent) + "[" + std::to_string(index) + "]";
}

}  // namespace medmap::data
