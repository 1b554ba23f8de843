#include "core/figure/save_choices.hpp"

#include <array>

namespace medmap::figure {

namespace {

constexpr std::array<const char*, 4> kFormats{"png", "svg", "pdf", "csv"};
constexpr std::array<const char*, 4> kFormatNames{"PNG", "SVG", "PDF", "CSV (table)"};
struct Size {
    int width, height;  // 0: the window's own size
};
constexpr std::array<Size, 4> kSizes{{{0, 0}, {1920, 1080}, {1600, 1200}, {3840, 2160}}};
constexpr std::size_t kRows = 2;

std::size_t stepped(std::size_t at, int delta, std::size_t count) {
    const auto n = static_cast<long>(count);
    return static_cast<std::size_t>(((static_cast<long>(at) + delta) % n + n) % n);
}

}  // namespace

SaveRequest default_save() { return {{"png", "svg"}, 1920, 1080}; }

SaveChoices::SaveChoices(unsigned window_width, unsigned window_height)
    : window_width_(window_width), window_height_(window_height) {}

void SaveChoices::move_row(int delta) { active_row_ = stepped(active_row_, delta, kRows); }

void SaveChoices::move_choice(int delta) {
    if (active_row_ == 0) format_ = stepped(format_, delta, kFormats.size());
    else size_ = stepped(size_, delta, kSizes.size());
}

SaveRequest SaveChoices::request() const {
    const Size size = kSizes[size_];
    SaveRequest r;
    r.formats = {kFormats[format_]};
    r.width = size.width > 0 ? size.width : static_cast<int>(window_width_);
    r.height = size.height > 0 ? size.height : static_cast<int>(window_height_);
    return r;
}

std::vector<ChoiceRow> SaveChoices::rows() const {
    ChoiceRow format{"Format", {}, format_};
    for (const char* name : kFormatNames) format.options.push_back(name);
    ChoiceRow size{"Size", {}, size_};
    for (const Size& s : kSizes)
        size.options.push_back(s.width > 0 ? std::to_string(s.width) + "\u00d7" + std::to_string(s.height)
                                           : "window (" + std::to_string(window_width_) + "\u00d7" +
                                                 std::to_string(window_height_) + ")");
    return {format, size};
}

}  // namespace medmap::figure
