#include "window/resident_memory.hpp"

#include <unistd.h>

#include <fstream>

namespace medmap::window {

std::size_t resident_kb() {
    // /proc/self/statm: total and resident size, in pages.
    std::ifstream statm("/proc/self/statm");
    std::size_t total_pages = 0, resident_pages = 0;
    if (!(statm >> total_pages >> resident_pages)) return 0;
    return resident_pages * static_cast<std::size_t>(::sysconf(_SC_PAGESIZE)) / 1024;
}

}  // namespace medmap::window
