#include "core/geo/coarse_first_picker.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/geo/coverage_simplify.hpp"

namespace medmap::geo {

namespace {

std::size_t ring_count(const MultiPolygon& shape) {
    std::size_t n = 0;
    for (const Polygon& p : shape) n += 1 + p.holes.size();
    return n;
}

double squared_distance_to_segment(Vec2 p, Vec2 a, Vec2 b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
    return ex * ex + ey * ey;
}

// Even-odd crossing test over the ring, and the nearest distance to its edges, in one pass.
void walk_ring(const Ring& ring, Vec2 p, bool& inside, double& nearest2) {
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const Vec2 a = ring[j], b = ring[i];
        if ((b.y > p.y) != (a.y > p.y) && p.x < (a.x - b.x) * (p.y - b.y) / (a.y - b.y) + b.x) inside = !inside;
        nearest2 = std::min(nearest2, squared_distance_to_segment(p, a, b));
    }
}

}  // namespace

CoarseFirstPicker::CoarseFirstPicker(const Atlas& atlas, const Picker& full) : full_(full) {
    if (atlas.levels.empty() || atlas.levels.front().shapes.size() != atlas.states.size()) return;
    level_ = &atlas.levels.front();
    // The tolerance, plus the snapping grid the levels were built on, plus rounding.
    margin_ = level_->tolerance + 2 * kCoverageGrid + 1e-9 * std::max(atlas.bounds.width(), atlas.bounds.height());
    for (std::size_t i = 0; i < atlas.states.size(); ++i) {
        Box box = bounds_of(level_->shapes[i]);
        const bool lost_ring = ring_count(level_->shapes[i]) < ring_count(atlas.states[i].shape);
        if (lost_ring) box.include(atlas.states[i].bounds);
        if (!box.empty()) box = {box.min_x - margin_, box.min_y - margin_, box.max_x + margin_, box.max_y + margin_};
        boxes_.push_back(box);
        full_only_.push_back(lost_ring);
    }
}

std::optional<std::size_t> CoarseFirstPicker::pick(Vec2 p) const {
    auto ask_full = [&] {
        ++full_picks_;
        return full_.pick(p);
    };
    if (level_ == nullptr) return ask_full();
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < boxes_.size(); ++i) {
        if (!boxes_[i].contains(p)) continue;
        if (full_only_[i]) return ask_full();
        bool inside = false;
        double nearest2 = std::numeric_limits<double>::infinity();
        for (const Polygon& poly : level_->shapes[i]) {
            if (poly.outer.size() >= 3) walk_ring(poly.outer, p, inside, nearest2);
            for (const Ring& hole : poly.holes)
                if (hole.size() >= 3) walk_ring(hole, p, inside, nearest2);
        }
        if (nearest2 <= margin_ * margin_) return ask_full();  // near a border: the coarse outline cannot tell
        if (inside && !found) found = i;  // lowest index first, as the full picker
    }
    return found;
}

}  // namespace medmap::geo
