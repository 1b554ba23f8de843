#include "export/page_size.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

namespace medmap::exporter {

namespace {

constexpr double kPointsPerInch = 72;
constexpr double kPointsPerMm = 72 / 25.4;

std::optional<double> inches(std::string_view text) {
    double value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
    const double points = value * kPointsPerInch;
    if (!(points >= 1) || points > kMaxPagePoints) return std::nullopt;
    return points;
}

PageSize turned(double short_side, double long_side, bool landscape) {
    return landscape ? PageSize{long_side, short_side} : PageSize{short_side, long_side};
}

}  // namespace

std::optional<PageSize> parse_page(std::string_view text, bool landscape) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower == "slide") return kSlidePage;
    if (lower == "letter") return turned(8.5 * kPointsPerInch, 11 * kPointsPerInch, landscape);
    if (lower == "a4") return turned(210 * kPointsPerMm, 297 * kPointsPerMm, landscape);
    const std::size_t x = lower.find('x');
    if (x == std::string::npos) return std::nullopt;
    const auto w = inches(std::string_view(lower).substr(0, x));
    const auto h = inches(std::string_view(lower).substr(x + 1));
    if (!w || !h) return std::nullopt;
    return PageSize{*w, *h};
}

}  // namespace medmap::exporter
