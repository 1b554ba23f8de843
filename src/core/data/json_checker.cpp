#include "core/data/json_checker.hpp"

#include <algorithm>
#include <cmath>

#include "core/base/input_error.hpp"
#include "core/data/json_path.hpp"

namespace medmap::data {

using nlohmann::json;

namespace {

std::string clipped(std::string text) {
    constexpr std::size_t kMax = 40;  // keep the message on one readable line
    if (text.size() > kMax) text = text.substr(0, kMax) + "...";
    return text;
}

}  // namespace

std::string describe_json_value(const json& v) {
    switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "a string (" + clipped(v.dump()) + ")";
    case json::value_t::boolean: return "a boolean (" + v.dump() + ")";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number (" + v.dump() + ")";
    case json::value_t::binary:
    case json::value_t::discarded: break;
    }
    return "an unexpected value";
}

void JsonChecker::fail(const std::string& path, const std::string& what) const {
    throw InputError(file_, path, what);
}

const json& JsonChecker::object(const json& v, const std::string& path) const {
    if (!v.is_object()) fail(path, "expected an object, found " + describe_json_value(v));
    return v;
}

const json& JsonChecker::array(const json& v, const std::string& path) const {
    if (!v.is_array()) fail(path, "expected an array, found " + describe_json_value(v));
    return v;
}

std::string JsonChecker::string(const json& v, const std::string& path) const {
    if (!v.is_string()) fail(path, "expected a string, found " + describe_json_value(v));
    return v.get<std::string>();
}

long long JsonChecker::integer(const json& v, const std::string& path) const {
    if (v.is_number_integer()) return v.get<long long>();
    if (v.is_number_unsigned())  // only above INT64_MAX does nlohmann keep it unsigned
        fail(path, "the integer " + v.dump() + " is too large");
    fail(path, "expected an integer, found " + describe_json_value(v));
}

std::optional<double> JsonChecker::number_or_null(const json& v, const std::string& path) const {
    if (v.is_null()) return std::nullopt;
    if (!v.is_number()) fail(path, "expected a number or null, found " + describe_json_value(v));
    const double d = v.get<double>();
    // nlohmann turns an out-of-range literal such as 1e400 into infinity.
    if (!std::isfinite(d)) fail(path, "the number is not finite (too large to represent)");
    return d;
}

std::vector<std::string> JsonChecker::strings(const json& v, const std::string& path) const {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < array(v, path).size(); ++i)
        out.push_back(string(v[i], json_index_path(path, i)));
    return out;
}

const json& JsonChecker::member(const json& object, const std::string& path, std::string_view key) const {
    const auto it = object.find(key);
    if (it == object.end()) fail(path, "missing required field \"" + std::string(key) + "\"");
    return *it;
}

void JsonChecker::only_members(const json& object, const std::string& path,
                               std::initializer_list<std::string_view> allowed) const {
    for (const auto& [key, value] : object.items())
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
            fail(json_child_path(path, key), "unknown field \"" + key + "\"");
}

}  // namespace medmap::data
