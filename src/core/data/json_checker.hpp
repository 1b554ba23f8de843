#pragma once
// Typed access to a parsed JSON document for the loader. Every accessor takes the JSON
// path of the value it checks, so a failure names the file and the exact place.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace medmap::data {

class JsonChecker {
public:
    explicit JsonChecker(std::string file_name) : file_(std::move(file_name)) {}

    [[noreturn]] void fail(const std::string& path, const std::string& what) const;

    const nlohmann::json& object(const nlohmann::json& v, const std::string& path) const;
    const nlohmann::json& array(const nlohmann::json& v, const std::string& path) const;
    std::string string(const nlohmann::json& v, const std::string& path) const;
    long long integer(const nlohmann::json& v, const std::string& path) const;
    // A finite number, or nullopt for JSON null.
    std::optional<double> number_or_null(const nlohmann::json& v, const std::string& path) const;
    std::vector<std::string> strings(const nlohmann::json& v, const std::string& path) const;

    // The member `key` of the object at `path`; a missing member is an error.
    const nlohmann::json& member(const nlohmann::json& object, const std::string& path,
                                 std::string_view key) const;
    // Refuses members other than `allowed`: a misspelt key would otherwise read as absent.
    void only_members(const nlohmann::json& object, const std::string& path,
                      std::initializer_list<std::string_view> allowed) const;

private:
    std::string file_;
};

// "a string (\"x\")", "null", "an array", ... for messages about a value of the wrong type.
std::string describe_json_value(const nlohmann::json& v);

}  // namespace medmap::data
