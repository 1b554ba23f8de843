#pragma once
// The 50 states, DC and the five inhabited territories, with the three identifiers
// the Census Bureau uses (FIPS code, USPS code, name). One table serves the geodata
// loader, the dataset and the CLI so they can never disagree about a state.
#include <optional>
#include <span>
#include <string_view>

namespace medmap {

struct UsState {
    std::string_view fips;  // 2-digit, e.g. "48"
    std::string_view usps;  // e.g. "TX"
    std::string_view name;  // e.g. "Texas"
    bool territory;         // true for AS, GU, MP, PR, VI: not drawn by default
};

// All 56 entries, sorted by FIPS code.
std::span<const UsState> all_us_states();

// The 50 states and DC (51 entries), sorted by FIPS code.
std::span<const UsState> states_and_dc();

// Accepts a USPS code, a FIPS code (with or without leading zero) or a full name,
// case-insensitively, ignoring surrounding spaces. nullopt when nothing matches.
std::optional<UsState> find_us_state(std::string_view key);

}  // namespace medmap
