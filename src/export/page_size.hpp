#pragma once
// PDF pages, in points (1/72 inch). A figure is laid out for the screen (pixels) and a PDF
// puts it on paper: the page is chosen here, and the figure is scaled to fit it.
#include <optional>
#include <string_view>

namespace medmap::exporter {

struct PageSize {
    double width_pt = 960;
    double height_pt = 540;
    bool operator==(const PageSize&) const = default;
};

// A 16:9 presentation slide, 13.333 x 7.5 inches: the default.
inline constexpr PageSize kSlidePage{960, 540};
// The largest side a PDF page may have (the PDF reference's limit: 200 inches).
inline constexpr double kMaxPagePoints = 14400;
// "slide, letter, a4 or WIDTHxHEIGHT in inches (such as 11x8.5)": for usage messages.
inline constexpr std::string_view kPageChoices = "slide, letter, a4 or WIDTHxHEIGHT in inches such as 11x8.5";

// "slide", "letter" (8.5 x 11 in), "a4" (210 x 297 mm) or "WxH" in inches, each side more
// than 0 and at most 200 in. Letter and A4 are turned to lie like the figure: landscape
// when `landscape`. nullopt for anything else.
std::optional<PageSize> parse_page(std::string_view text, bool landscape);

}  // namespace medmap::exporter
