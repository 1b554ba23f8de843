#pragma once
// Turns "item i of n done" into a few progress reports (10%, 20%, ... 100%), so a long
// load can show it is moving without flooding the terminal.
#include <cstddef>
#include <functional>

namespace medmap {

using ProgressHandler = std::function<void(int percent)>;

class ProgressSteps {
public:
    // Reports nothing when `report` is empty or `total` is 0.
    ProgressSteps(ProgressHandler report, std::size_t total, int step_percent = 10);
    // One more item is done: reports each step boundary crossed since the last call.
    void advance();

private:
    ProgressHandler report_;
    std::size_t total_;
    std::size_t done_ = 0;
    int step_;
    int next_ = 0;  // the next percentage to report
};

}  // namespace medmap
