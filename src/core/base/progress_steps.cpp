#include "core/base/progress_steps.hpp"

#include <utility>

namespace medmap {

ProgressSteps::ProgressSteps(ProgressHandler report, std::size_t total, int step_percent)
    : report_(std::move(report)), total_(total), step_(step_percent > 0 ? step_percent : 10), next_(step_) {}

void ProgressSteps::advance() {
    if (!report_ || total_ == 0 || done_ >= total_) return;
    ++done_;
    const auto percent = static_cast<int>(done_ * 100 / total_);
    if (percent < next_) return;
    // Only the highest step crossed: a jump from 8% to 35% says "30%" once.
    report_(percent - percent % step_);
    next_ = percent - percent % step_ + step_;
}

}  // namespace medmap
