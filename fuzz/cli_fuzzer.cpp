// libFuzzer target: command-line parsing. The bytes are the arguments, separated by
// NUL. parse_command_line must always answer (a command, or a status and its text),
// never throw, crash or hang.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "app/command_line.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> args{"medmap"};
    std::string current;
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == '\0') {
            args.push_back(current);
            current.clear();
        } else {
            current.push_back(static_cast<char>(data[i]));
        }
    }
    if (!current.empty() || size > 0) args.push_back(current);
    const medmap::app::CommandLine parsed = medmap::app::parse_command_line(args);
    // The contract the CLI prints: a usage error is one line.
    if (parsed.exit_status && *parsed.exit_status == 2 &&
        parsed.err.find('\n') != parsed.err.size() - 1)
        __builtin_trap();
    return 0;
}
