#include "core/base/us_states.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace medmap {

namespace {

constexpr std::array<UsState, 56> kStates{{
    {"01", "AL", "Alabama", false},        {"02", "AK", "Alaska", false},
    {"04", "AZ", "Arizona", false},        {"05", "AR", "Arkansas", false},
    {"06", "CA", "California", false},     {"08", "CO", "Colorado", false},
    {"09", "CT", "Connecticut", false},    {"10", "DE", "Delaware", false},
    {"11", "DC", "District of Columbia", false},
    {"12", "FL", "Florida", false},        {"13", "GA", "Georgia", false},
    {"15", "HI", "Hawaii", false},         {"16", "ID", "Idaho", false},
    {"17", "IL", "Illinois", false},       {"18", "IN", "Indiana", false},
    {"19", "IA", "Iowa", false},           {"20", "KS", "Kansas", false},
    {"21", "KY", "Kentucky", false},       {"22", "LA", "Louisiana", false},
    {"23", "ME", "Maine", false},          {"24", "MD", "Maryland", false},
    {"25", "MA", "Massachusetts", false},  {"26", "MI", "Michigan", false},
    {"27", "MN", "Minnesota", false},      {"28", "MS", "Mississippi", false},
    {"29", "MO", "Missouri", false},       {"30", "MT", "Montana", false},
    {"31", "NE", "Nebraska", false},       {"32", "NV", "Nevada", false},
    {"33", "NH", "New Hampshire", false},  {"34", "NJ", "New Jersey", false},
    {"35", "NM", "New Mexico", false},     {"36", "NY", "New York", false},
    {"37", "NC", "North Carolina", false}, {"38", "ND", "North Dakota", false},
    {"39", "OH", "Ohio", false},           {"40", "OK", "Oklahoma", false},
    {"41", "OR", "Oregon", false},         {"42", "PA", "Pennsylvania", false},
    {"44", "RI", "Rhode Island", false},   {"45", "SC", "South Carolina", false},
    {"46", "SD", "South Dakota", false},   {"47", "TN", "Tennessee", false},
    {"48", "TX", "Texas", false},          {"49", "UT", "Utah", false},
    {"50", "VT", "Vermont", false},        {"51", "VA", "Virginia", false},
    {"53", "WA", "Washington", false},     {"54", "WV", "West Virginia", false},
    {"55", "WI", "Wisconsin", false},      {"56", "WY", "Wyoming", false},
    {"60", "AS", "American Samoa", true},  {"66", "GU", "Guam", true},
    {"69", "MP", "Northern Mariana Islands", true},
    {"72", "PR", "Puerto Rico", true},     {"78", "VI", "Virgin Islands", true},
}};

// The territories sort after every state's FIPS code, so the first 51 are the states + DC.
constexpr std::size_t kStatesAndDc = 51;

std::string normalized(std::string_view s) {
    auto begin = s.find_first_not_of(" \t");
    auto end = s.find_last_not_of(" \t");
    if (begin == std::string_view::npos) return {};
    std::string out(s.substr(begin, end - begin + 1));
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool equals_ignoring_case(std::string_view a, const std::string& lower_b) {
    return normalized(a) == lower_b;
}

}  // namespace

std::span<const UsState> all_us_states() { return kStates; }

std::span<const UsState> states_and_dc() { return std::span(kStates).first(kStatesAndDc); }

std::optional<UsState> find_us_state(std::string_view key) {
    std::string k = normalized(key);
    if (k.empty()) return std::nullopt;
    if (k.size() == 1 && std::isdigit(static_cast<unsigned char>(k[0]))) k = std::string("0") + k;
    for (const UsState& s : kStates) {
        if (equals_ignoring_case(s.usps, k) || s.fips == k || equals_ignoring_case(s.name, k))
            return s;
    }
    return std::nullopt;
}

}  // namespace medmap
