#pragma once
// The command line, parsed and checked without touching a file, the terminal or the
// process: what run_cli does next, or the status and text to end with. Kept apart from
// running the commands so that it can be fuzzed on its own.
#include <optional>
#include <string>
#include <vector>

#include "app/commands.hpp"

namespace medmap::app {

struct CommandLine {
    enum class Command { Show, List, Info, Import, Export };
    Command command = Command::Show;

    // Set when the run ends here: --help or --version (status 0, text for standard
    // output) or a bad flag or value (status 2, one line for standard error).
    std::optional<int> exit_status;
    std::string out, err;

    std::string geodata, stats;
    std::string projections;  // --projections ROUND; empty: the stats file's default round
    std::string geodata_layer;  // --layer NAME: the dataset of a geodata zip that holds several
    bool lenient = false;  // drop bad rows and features, and say which, instead of stopping
    ShowOptions show;
    bool list_json = false;
    InfoOptions info;
    ImportOptions import;
    ExportCommandOptions export_options;
};

// `args` as main() gets them, the program name first.
CommandLine parse_command_line(const std::vector<std::string>& args);

// `message` on one line, as every answer to bad input is: a value the user typed may
// hold a newline, and it is quoted back. Line breaks become spaces.
std::string one_line(std::string message);

}  // namespace medmap::app
