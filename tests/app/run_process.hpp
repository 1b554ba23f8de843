#pragma once
// Runs the real medmap executable and captures what a user would see.
#include <string>

struct ProcessResult {
    int status = -1;  // exit status
    std::string out;
    std::string err;
};

// `args` is appended to the executable path as-is (shell-quoted by the caller).
// `env` is prefixed, e.g. "DISPLAY= ".
ProcessResult run_medmap(const std::string& args, const std::string& env = "");

// Number of lines in s (a trailing newline does not start a new line).
int line_count(const std::string& s);
