#pragma once
// Shared by the window session's tests: a log that keeps the session's lines, and a box
// test with half a pixel of slack.
#include <string>
#include <vector>

#include "core/figure/window_session.hpp"

namespace window_session_test {

struct Logged {
    std::vector<std::string> lines;
    medmap::figure::WindowHooks hooks() {
        medmap::figure::WindowHooks h;
        h.log = [this](const std::string& line) { lines.push_back(line); };
        return h;
    }
};

inline bool inside(const medmap::geo::Box& inner, const medmap::geo::Box& outer, double slack = 0.5) {
    return inner.min_x >= outer.min_x - slack && inner.min_y >= outer.min_y - slack &&
           inner.max_x <= outer.max_x + slack && inner.max_y <= outer.max_y + slack;
}

}  // namespace window_session_test
