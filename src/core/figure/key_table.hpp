#pragma once
// The window's keys, in one table: what each key does, the help overlay's rows and the
// README's key table (a test checks the README against it). The SFML window only turns
// its events into KeyPress values; what a key means is decided here.
#include <optional>
#include <string>
#include <vector>

namespace medmap::figure {

enum class Action {
    PreviousSpecialty, NextSpecialty, PickSpecialty, NextMetric, NextMethod, FewerClasses, MoreClasses,
    ToggleLabels, ToggleVsUs, NextYear, PreviousYear, NextView, ZoomIn, ZoomOut, ResetView, NextState, PreviousState, Find, Clear, Save, SaveAs,
    Help,
};

// Keys that type no character.
enum class NamedKey { None, Up, Down, Left, Right, PageUp, PageDown, Tab, Escape, Enter, Backspace, F1, KeypadPlus,
                      KeypadMinus };

struct KeyPress {
    NamedKey key = NamedKey::None;
    char letter = 0;  // with Ctrl: the letter key held ('s', 'f'); otherwise 0
    bool ctrl = false;
    bool shift = false;
};

struct KeyHelpRow {
    std::string keys;         // "M", "Up / Down, click"
    std::string description;  // "next metric: ..."
};

struct KeyAction {
    Action action;
    std::size_t index = 0;  // PickSpecialty: which specialty
};

// The action of a typed character outside the find field ('m', '?', '3', '+', ...).
std::optional<KeyAction> action_for_char(char32_t typed);
// The action of a key that types nothing, or of a Ctrl chord.
std::optional<KeyAction> action_for_key(const KeyPress& press);

// The characters that pick specialties 1-12, in order: "1".."9", "0", "-", "=".
std::string specialty_key(std::size_t index);

// The help overlay's rows, in order; the README's key table holds the same rows.
const std::vector<KeyHelpRow>& key_help();

}  // namespace medmap::figure
