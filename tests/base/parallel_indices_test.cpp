// for_each_index runs every index exactly once, on several threads, and passes on a failure.
#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>
#include <vector>

#include "core/base/parallel_indices.hpp"

using namespace medmap;

TEST_CASE("for_each_index: every index once, each result in its own slot") {
    for (unsigned threads : {1u, 2u, 4u}) {
        std::vector<int> runs(1000, 0);
        std::vector<std::size_t> squares(1000, 0);
        std::vector<unsigned> workers(1000, 0);  // Catch's CHECK is not for other threads
        for_each_index(runs.size(), threads, [&](std::size_t i, unsigned worker) {
            workers[i] = worker;
            ++runs[i];
            squares[i] = i * i;
        });
        for (std::size_t i = 0; i < runs.size(); ++i) {
            CHECK(runs[i] == 1);
            CHECK(squares[i] == i * i);
            CHECK(workers[i] < threads);
        }
    }
    for_each_index(0, 2, [](std::size_t, unsigned) { FAIL("no index to run"); });
}

TEST_CASE("for_each_index: the first exception is rethrown once every thread has stopped") {
    std::atomic<int> ran{0};
    CHECK_THROWS_WITH(for_each_index(10000, 2,
                                     [&](std::size_t i, unsigned) {
                                         ++ran;
                                         if (i == 10) throw std::runtime_error("layer 10 failed");
                                     }),
                      "layer 10 failed");
    CHECK(ran.load() < 10000);  // the handing out stopped
}
