#pragma once
// The process's resident set size, for the soak run's before/after report.
#include <cstddef>

namespace medmap::window {

// Kilobytes of this process resident in memory now (0 if /proc cannot be read).
std::size_t resident_kb();

}  // namespace medmap::window
