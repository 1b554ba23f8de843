#include "core/figure/key_table.hpp"

#include <array>
#include <string_view>

namespace medmap::figure {

namespace {

constexpr std::string_view kSpecialtyKeys = "1234567890-=";

struct CharBinding {
    char typed;
    Action action;
};

// Letters work in either case; Shift only changes what a key types ('?' is Shift+/).
constexpr std::array<CharBinding, 12> kCharBindings{{
    {'m', Action::NextMetric},    {'c', Action::NextMethod},  {'[', Action::FewerClasses},
    {']', Action::MoreClasses},   {'l', Action::ToggleLabels}, {'d', Action::ToggleVsUs},
    {'+', Action::ZoomIn},        {'r', Action::ResetView},   {'/', Action::Find},
    {'?', Action::Help},          {'f', Action::Find},        {'b', Action::NextView},
}};

struct NamedBinding {
    NamedKey key;
    bool shift;
    Action action;
};

constexpr std::array<NamedBinding, 10> kNamedBindings{{
    {NamedKey::Up, false, Action::PreviousSpecialty},   {NamedKey::Down, false, Action::NextSpecialty},
    {NamedKey::PageUp, false, Action::ZoomIn},          {NamedKey::KeypadPlus, false, Action::ZoomIn},
    {NamedKey::PageDown, false, Action::ZoomOut},       {NamedKey::KeypadMinus, false, Action::ZoomOut},
    {NamedKey::Tab, false, Action::NextState},          {NamedKey::Tab, true, Action::PreviousState},
    {NamedKey::Escape, false, Action::Clear},           {NamedKey::F1, false, Action::Help},
}};

char lower(char32_t c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c); }

}  // namespace

std::optional<KeyAction> action_for_char(char32_t typed) {
    if (typed >= 128) return std::nullopt;
    if (typed == 'y') return KeyAction{Action::NextYear};
    if (typed == 'Y') return KeyAction{Action::PreviousYear};  // Shift+Y
    const char c = lower(typed);
    if (const auto pos = kSpecialtyKeys.find(c); pos != std::string_view::npos) return KeyAction{Action::PickSpecialty, pos};
    for (const CharBinding& b : kCharBindings)
        if (b.typed == c) return KeyAction{b.action};
    return std::nullopt;
}

std::optional<KeyAction> action_for_key(const KeyPress& press) {
    if (press.ctrl) {
        if (press.letter == 's') return KeyAction{press.shift ? Action::SaveAs : Action::Save};
        if (press.letter == 'f') return KeyAction{Action::Find};
        return std::nullopt;
    }
    for (const NamedBinding& b : kNamedBindings)
        if (b.key == press.key && b.shift == press.shift) return KeyAction{b.action};
    return std::nullopt;
}

std::string specialty_key(std::size_t index) {
    return index < kSpecialtyKeys.size() ? std::string(1, kSpecialtyKeys[index]) : std::string();
}

const std::vector<KeyHelpRow>& key_help() {
    static const std::vector<KeyHelpRow> rows = {
        {"Up / Down, click", "previous / next specialty"},
        {"1-9, 0, -, =", "pick one of the twelve specialties"},
        {"M", "next metric: median wage, mean wage, growth, openings, employment, adjusted median and mean wage"},
        {"C  /  [  ]", "classification method  /  fewer or more classes"},
        {"L", "state labels on / off"},
        {"D", "difference from US on / off"},
        {"Y / Shift+Y", "next / previous wage year"},
        {"B", "view: map, map and ranking, ranking"},
        {"Click a state", "pin it: hovering another compares the two (click again or Esc: unpin)"},
        {"Legend class: hover, click", "show that class's states, fade the rest (click: keep)"},
        {"Wheel, + / PgUp, PgDn / keypad -", "zoom about the cursor"},
        {"Drag", "pan"},
        {"R", "reset the view"},
        {"Tab / Shift+Tab", "step through states alphabetically"},
        {"Ctrl+F or / (or F)", "find a state by name or USPS code"},
        {"Esc", "close the find field, help or dialog; unpin; clear the selection"},
        {"Ctrl+S", "save the whole figure as PNG and SVG (1920x1080)"},
        {"Ctrl+Shift+S", "save as: choose the format and size"},
        {"F1 or ?", "show or hide these keys"},
    };
    return rows;
}

}  // namespace medmap::figure
