#pragma once
#include <chrono>

namespace medmap::app {

// Exit statuses: 0 success, 1 bad input data or no display, 2 bad command line or an
// output that could not be written.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInput = 1;
inline constexpr int kExitUsage = 2;

// `process_start` is taken first thing in main(), for the start-up timing.
int run_cli(int argc, char** argv, std::chrono::steady_clock::time_point process_start);

}  // namespace medmap::app
