#include "app/load_reporter.hpp"

namespace medmap::app {

LoadHandlers LoadReporter::handlers(bool lenient, const std::string& geodata_name) {
    LoadHandlers h;
    if (lenient) h.on_dropped = [this](const InputError& problem) { dropped(problem); };
    h.on_geodata_progress = [this, geodata_name](int percent) { progress(geodata_name, percent); };
    return h;
}

void LoadReporter::dropped(const InputError& problem) {
    if (++dropped_ <= kListed) err_ << "medmap: dropped: " << problem.what() << "\n";
}

void LoadReporter::progress(const std::string& file, int percent) {
    // On a terminal one line counts up; in a log each step is a line of its own.
    if (terminal_) err_ << "\rmedmap: reading " << file << ": " << percent << "%" << (percent >= 100 ? "\n" : "");
    else err_ << "medmap: reading " << file << ": " << percent << "%\n";
    err_.flush();
}

void LoadReporter::finish() {
    if (dropped_ == 0) return;
    err_ << "medmap: --lenient left out " << dropped_ << (dropped_ == 1 ? " bad item" : " bad items");
    if (dropped_ > kListed) err_ << " (" << dropped_ - kListed << " not listed)";
    err_ << ": their figures show as no data, their features are not drawn\n";
}

}  // namespace medmap::app
