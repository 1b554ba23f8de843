#include "app/export_batch.hpp"

#include <signal.h>

#include <atomic>
#include <charconv>
#include <ctime>
#include <exception>
#include <mutex>
#include <thread>

#include "core/base/input_error.hpp"
#include "export/font_check.hpp"

namespace medmap::app {

namespace {

constexpr unsigned kMaxJobs = 256;

// While alive, SIGINT is blocked in this thread and every thread it starts, and a watcher
// thread takes it with sigtimedwait and raises `stop`. No handler runs asynchronously, so
// nothing global is needed, and a file being written is never cut short: workers check
// `stop` only between files.
class SigintWatch {
public:
    explicit SigintWatch(std::atomic<bool>& stop) : stop_(stop) {
        sigemptyset(&sigint_);
        sigaddset(&sigint_, SIGINT);
        pthread_sigmask(SIG_BLOCK, &sigint_, &previous_);
        watcher_ = std::thread([this] {
            const timespec poll{0, 50'000'000};
            while (!finished_.load()) {
                if (sigtimedwait(&sigint_, nullptr, &poll) == SIGINT) stop_.store(true);
            }
        });
    }
    ~SigintWatch() {
        finished_.store(true);
        watcher_.join();
        // A SIGINT that arrived after the watcher's last look is taken here, not left
        // pending to kill the process once unblocked.
        const timespec now{0, 0};
        while (sigtimedwait(&sigint_, nullptr, &now) == SIGINT) stop_.store(true);
        pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
    }
    SigintWatch(const SigintWatch&) = delete;
    SigintWatch& operator=(const SigintWatch&) = delete;

private:
    std::atomic<bool>& stop_;
    std::atomic<bool> finished_{false};
    sigset_t sigint_{}, previous_{};
    std::thread watcher_;
};

}  // namespace

unsigned parse_jobs(const std::string& text) {
    if (text.empty()) return std::max(1u, std::thread::hardware_concurrency());
    unsigned value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || value < 1 || value > kMaxJobs)
        throw UsageError("--jobs: expected a whole number of threads from 1 to " + std::to_string(kMaxJobs) +
                         ", got '" + text + "'");
    return value;
}

BatchResult run_export_batch(const data::Dataset& dataset, const geo::Atlas& atlas,
                             const std::vector<BatchFigure>& figures, const exporter::ExportOptions& options,
                             unsigned jobs) {
    BatchResult result;
    for (const BatchFigure& f : figures) result.total += f.outputs.size();
    // fontconfig's first lookup is not safe to race: make it here, before any thread.
    exporter::require_figure_font();

    std::atomic<bool> stop{false};
    std::atomic<std::size_t> next{0}, written{0};
    std::mutex error_mutex;
    std::exception_ptr first_error;
    auto work = [&] {
        try {
            for (std::size_t i = next++; i < figures.size() && !stop.load(); i = next++) {
                const BatchFigure& item = figures[i];
                const figure::Figure fig = figure::build_figure(dataset, atlas, item.spec);
                for (const auto& [path, format] : item.outputs) {
                    if (stop.load()) return;
                    exporter::ExportOptions file_options = options;
                    file_options.format = format;
                    exporter::export_figure(path, fig, atlas, file_options);
                    ++written;
                }
            }
        } catch (...) {
            const std::lock_guard lock(error_mutex);
            if (!first_error) first_error = std::current_exception();
            stop.store(true);
        }
    };

    {
        SigintWatch watch(stop);
        const unsigned threads = std::min<std::size_t>(std::max(1u, jobs), std::max<std::size_t>(1, figures.size()));
        std::vector<std::jthread> workers;
        for (unsigned t = 1; t < threads; ++t) workers.emplace_back(work);
        work();  // this thread is one of the workers
    }  // workers joined, then SIGINT restored
    if (first_error) std::rethrow_exception(first_error);
    result.written = written.load();
    result.interrupted = result.written < result.total;
    return result;
}

}  // namespace medmap::app
