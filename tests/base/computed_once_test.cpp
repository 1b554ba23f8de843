// ComputedOnce: made on the first ask only, from any number of threads; a copy starts
// empty, a move keeps the value, a throwing make keeps nothing.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include "core/base/computed_once.hpp"

using medmap::ComputedOnce;

TEST_CASE("computed once: the first ask makes the value, later asks share it") {
    ComputedOnce<std::vector<int>> slot;
    CHECK_FALSE(slot.computed());
    int made = 0;
    auto make = [&] {
        ++made;
        return std::vector<int>{1, 2, 3};
    };
    const std::vector<int>& first = slot.get(make);
    const std::vector<int>& second = slot.get(make);
    CHECK(made == 1);
    CHECK(&first == &second);
    CHECK(first == std::vector<int>{1, 2, 3});
    CHECK(slot.computed());
}

TEST_CASE("computed once: threads asking together make it once and see the same object") {
    ComputedOnce<int> slot;
    std::atomic<int> made = 0;
    std::vector<const int*> seen(8);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < seen.size(); ++t)
        threads.emplace_back([&, t] {
            seen[t] = &slot.get([&] {
                ++made;
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                return 42;
            });
        });
    for (std::thread& thread : threads) thread.join();
    CHECK(made == 1);
    for (const int* p : seen) CHECK(p == seen.front());
}

TEST_CASE("computed once: a copy starts empty, a move keeps the value") {
    ComputedOnce<int> slot;
    slot.get([] { return 7; });
    const ComputedOnce<int> copy = slot;
    CHECK_FALSE(copy.computed());
    CHECK(copy.get([] { return 8; }) == 8);
    const int* kept = &slot.get([] { return 0; });
    ComputedOnce<int> moved = std::move(slot);
    REQUIRE(moved.computed());
    CHECK(&moved.get([] { return 0; }) == kept);
    ComputedOnce<int> assigned;
    assigned = moved;
    CHECK_FALSE(assigned.computed());
}

TEST_CASE("computed once: when making throws nothing is kept and the next ask tries again") {
    ComputedOnce<int> slot;
    CHECK_THROWS_AS(slot.get([]() -> int { throw std::runtime_error("no"); }), std::runtime_error);
    CHECK_FALSE(slot.computed());
    CHECK(slot.get([] { return 5; }) == 5);
}
