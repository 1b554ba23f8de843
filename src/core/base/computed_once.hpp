#pragma once
// A value derived from its owner's data the first time it is asked for, then kept and
// shared by every later ask, from any thread. The owner must not change the data it is
// derived from after the first ask; a copy of the owner may be changed, so a copy starts
// empty and derives its own. A move keeps the value (the data moves with it).
#include <memory>
#include <mutex>
#include <utility>

namespace medmap {

template <typename T>
class ComputedOnce {
public:
    ComputedOnce() = default;
    ComputedOnce(const ComputedOnce&) {}
    ComputedOnce(ComputedOnce&& other) noexcept : value_(other.take()) {}
    ComputedOnce& operator=(const ComputedOnce& other) {
        if (this != &other) put(nullptr);
        return *this;
    }
    ComputedOnce& operator=(ComputedOnce&& other) noexcept {
        if (this != &other) put(other.take());
        return *this;
    }
    ~ComputedOnce() = default;

    // The value, made by `make()` on the first call only; other callers wait for it. If
    // `make` throws, nothing is kept and the next call tries again.
    template <typename Make>
    const T& get(Make make) const {
        const std::lock_guard lock(mutex_);
        if (!value_) value_ = std::make_shared<const T>(make());
        return *value_;
    }

    bool computed() const {
        const std::lock_guard lock(mutex_);
        return value_ != nullptr;
    }

private:
    std::shared_ptr<const T> take() {
        const std::lock_guard lock(mutex_);
        return std::exchange(value_, nullptr);
    }
    void put(std::shared_ptr<const T> value) {
        const std::lock_guard lock(mutex_);
        value_ = std::move(value);
    }

    mutable std::mutex mutex_;
    // shared_ptr, not unique_ptr: T may be incomplete where the owner is declared and
    // destroyed (the atlas names figure types it cannot include).
    mutable std::shared_ptr<const T> value_;
};

}  // namespace medmap
