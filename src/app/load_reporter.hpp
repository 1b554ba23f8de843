#pragma once
// Says on standard error what loading did that the user should know: the items
// --lenient left out, and the progress of a large geodata file.
#include <cstddef>
#include <ostream>
#include <string>

#include "app/session.hpp"

namespace medmap::app {

class LoadReporter {
public:
    // `terminal`: `err` is a TTY, so progress can rewrite one line instead of adding lines.
    LoadReporter(std::ostream& err, bool terminal) : err_(err), terminal_(terminal) {}
    LoadReporter(const LoadReporter&) = delete;
    LoadReporter& operator=(const LoadReporter&) = delete;

    // Handlers that report here; without `lenient` bad items are not dropped but stop the load.
    LoadHandlers handlers(bool lenient, const std::string& geodata_name);
    // After the command: one line with the number dropped, if any.
    void finish();

    // Dropped items listed one per line; beyond this only counted.
    static constexpr std::size_t kListed = 20;

private:
    void dropped(const InputError& problem);
    void progress(const std::string& file, int percent);

    std::ostream& err_;
    bool terminal_;
    std::size_t dropped_ = 0;
};

}  // namespace medmap::app
