#pragma once
// The web page's lists of indices (html_tables.hpp), written as short strings instead of
// JSON arrays: they are most of the page's bytes, and a JSON number with its comma costs
// ~6 bytes where this costs ~2.5.
//
// Each number n (n >= -1, -1 meaning "none") is written as n + 1 in base 32, most
// significant digit first: the last digit from the first 32 characters of kPackedDigits,
// the ones before it from the last 32. So 0..30 take one character, up to 1022 two, up to
// 32766 three; the digits are JSON- and <script>-safe. map.js reads the alphabet from the
// page's data (one home: here) and unpacks a list when it first needs it.
#include <string>
#include <string_view>
#include <vector>

namespace medmap::exporter {

inline constexpr std::string_view kPackedDigits =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"   // a number's last digit
    "ghijklmnopqrstuvwxyz0123456789+/";  // its other digits

// Throws std::invalid_argument for a number below -1.
std::string pack_list(const std::vector<int>& list);

}  // namespace medmap::exporter
