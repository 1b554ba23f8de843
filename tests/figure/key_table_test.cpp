// The key table is the one home of the window's keys: what they do, the help overlay and
// the README's table.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "core/figure/key_table.hpp"

using namespace medmap::figure;

namespace {

std::string readme() {
    std::ifstream in(MEDMAP_SOURCE_DIR "/README.md");
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("the README's key table holds exactly the help overlay's rows, in order") {
    const std::string text = readme();
    std::size_t at = text.find("| Keys | What they do |");
    REQUIRE(at != std::string::npos);
    for (const KeyHelpRow& row : key_help()) {
        const std::string line = "| " + row.keys + " | " + row.description + " |";
        INFO(line);
        const std::size_t found = text.find(line, at);
        CHECK(found != std::string::npos);
        if (found != std::string::npos) at = found;
    }
}

TEST_CASE("each key does what the table says") {
    CHECK(action_for_char('m')->action == Action::NextMetric);
    CHECK(action_for_char('M')->action == Action::NextMetric);
    CHECK(action_for_char('=')->action == Action::PickSpecialty);
    CHECK(action_for_char('=')->index == 11);
    CHECK(action_for_char('0')->index == 9);
    CHECK(action_for_char('/')->action == Action::Find);
    CHECK_FALSE(action_for_char('a'));  // letters that are no shortcut do nothing
    KeyPress ctrl_s;
    ctrl_s.ctrl = true;
    ctrl_s.letter = 's';
    CHECK(action_for_key(ctrl_s)->action == Action::Save);
    ctrl_s.shift = true;
    CHECK(action_for_key(ctrl_s)->action == Action::SaveAs);
    KeyPress tab;
    tab.key = NamedKey::Tab;
    tab.shift = true;
    CHECK(action_for_key(tab)->action == Action::PreviousState);
    CHECK(specialty_key(10) == "-");
    CHECK(specialty_key(12).empty());
}
