#pragma once
// Runs work(0, w) .. work(count - 1, w) on up to `threads` threads (this one among them),
// each index once, w being the running thread's number (0 .. threads - 1: for per-thread
// scratch such as a memo that is not safe to share). Indices are handed out in order from
// a shared counter, as `export --all --jobs` hands out its figures. The caller keeps each
// result in its own slot (a vector sized `count`), so what it assembles afterwards is in
// index order whatever thread did which. The first exception thrown stops the handing out
// and is rethrown here once every thread is done.
#include <cstddef>
#include <functional>

namespace medmap {

void for_each_index(std::size_t count, unsigned threads, const std::function<void(std::size_t index, unsigned worker)>& work);

}  // namespace medmap
