#pragma once
// Facts about the stats JSON format that the converter (which writes it) and the loader
// (which checks it) must agree on. The format itself is documented in stats/README.md.
#include <cstddef>
#include <string_view>

namespace medmap::data::stats_format {

inline constexpr std::string_view kFormatName = "medmap-stats";
// Version 2 (editions, reasons for no data, provenance of imports, price levels) is
// what the converter writes; the loader reads 1 and 2.
inline constexpr int kVersion = 2;

// The US figures are keyed like a state, under this pseudo area code.
inline constexpr std::string_view kNationalArea = "US";

// Plausibility limits. They do not judge the data, they catch a corrupted file: no OES
// annual wage comes close to a million dollars (BLS top-codes at $187,200), and an
// occupation cannot shrink by more than all of its jobs.
inline constexpr double kMaxAnnualWage = 1'000'000.0;
inline constexpr double kMinGrowthPct = -100.0;

// No stats file comes near this (the shipped one is about 330 KB); reading stops here, so
// a device or a pipe that never ends cannot exhaust memory.
inline constexpr std::size_t kMaxFileBytes = 64u << 20;

// A 2010 SOC code as BLS writes it: "29-2041".
constexpr bool is_soc_code(std::string_view s) {
    if (s.size() != 7 || s[2] != '-') return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (i != 2 && (s[i] < '0' || s[i] > '9')) return false;
    return true;
}

// A projection round as written in the file: "2012-2022" (base year, projected year).
constexpr bool is_projection_round(std::string_view s) {
    if (s.size() != 9 || s[4] != '-') return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (i != 4 && (s[i] < '0' || s[i] > '9')) return false;
    return s.substr(0, 4) < s.substr(5);
}

// The price level of the nation in BEA's regional price parities.
inline constexpr double kUsPriceLevel = 100.0;

}  // namespace medmap::data::stats_format
