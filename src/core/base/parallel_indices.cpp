#include "core/base/parallel_indices.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace medmap {

void for_each_index(std::size_t count, unsigned threads, const std::function<void(std::size_t, unsigned)>& work) {
    std::atomic<bool> stop{false};
    std::atomic<std::size_t> next{0};
    std::mutex error_mutex;
    std::exception_ptr first_error;
    auto worker = [&](unsigned number) {
        try {
            for (std::size_t i = next++; i < count && !stop.load(); i = next++) work(i, number);
        } catch (...) {
            const std::lock_guard lock(error_mutex);
            if (!first_error) first_error = std::current_exception();
            stop.store(true);
        }
    };
    {
        const std::size_t n = std::min<std::size_t>(std::max(1u, threads), std::max<std::size_t>(1, count));
        std::vector<std::jthread> helpers;
        for (std::size_t t = 1; t < n; ++t) helpers.emplace_back(worker, static_cast<unsigned>(t));
        worker(0);  // this thread is one of them
    }  // helpers joined
    if (first_error) std::rethrow_exception(first_error);
}

}  // namespace medmap
