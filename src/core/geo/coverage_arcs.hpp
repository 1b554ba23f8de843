#pragma once
// Internal to coverage_simplify: a coverage's rings cut into shared arcs. Vertices are
// snapped to kCoverageGrid and compared exactly; a node is a vertex whose set of
// neighbouring vertices is not exactly two (where borders meet or part).
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <map>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "core/geo/coverage_simplify.hpp"

namespace medmap::geo::detail {

// A vertex on the snapping grid, in whole grid steps: exact to compare and hash.
struct GridPoint {
    std::int64_t x = 0, y = 0;
    friend bool operator==(const GridPoint&, const GridPoint&) = default;
    friend auto operator<=>(const GridPoint&, const GridPoint&) = default;
};

struct GridPointHash {
    std::size_t operator()(const GridPoint& p) const noexcept {
        return std::hash<std::int64_t>()(p.x * 0x9E3779B97F4A7C15ll ^ p.y);
    }
};

using GridRing = std::vector<GridPoint>;

inline GridPoint snap(Vec2 p) {
    return {static_cast<std::int64_t>(std::llround(p.x / kCoverageGrid)),
            static_cast<std::int64_t>(std::llround(p.y / kCoverageGrid))};
}

// The ring on the grid, without repeated vertices (consecutive or closing).
inline GridRing snap_ring(const Ring& ring) {
    GridRing out;
    out.reserve(ring.size());
    for (const Vec2& p : ring) {
        const GridPoint g = snap(p);
        if (out.empty() || !(out.back() == g)) out.push_back(g);
    }
    while (out.size() > 1 && out.front() == out.back()) out.pop_back();
    return out;
}


struct ArcUse {
    std::size_t arc;
    bool reversed;
};

// Builds the arcs of a coverage: each run of a ring between two nodes (vertices where
// the set of neighbouring vertices is not exactly two, i.e. where borders meet or part),
// in one canonical direction, stored once however many rings use it.
class CoverageArcs {
public:
    explicit CoverageArcs(const std::vector<GridRing>& rings) {
        std::size_t points = 0;
        for (const GridRing& ring : rings) points += ring.size();
        neighbours_.reserve(points);
        for (const GridRing& ring : rings) {
            const std::size_t n = ring.size();
            for (std::size_t i = 0; i < n; ++i) {
                add_neighbour(ring[i], ring[(i + n - 1) % n]);
                add_neighbour(ring[i], ring[(i + 1) % n]);
            }
        }
        for (const GridRing& ring : rings) uses_.push_back(cut(ring));
    }

    // Rings made of fewer than three arcs could collapse to a line: cut their arcs into
    // three. The cut is made on the shared arc, so every ring using it agrees.
    void ensure_three_arcs_per_ring() {
        std::vector<std::vector<std::size_t>> pieces(arcs_.size());
        for (std::size_t a = 0; a < arcs_.size(); ++a) pieces[a] = {a};
        for (const auto& ring : uses_) {
            if (ring.size() >= 3) continue;
            for (const ArcUse& use : ring) {
                if (pieces[use.arc].size() > 1 || arcs_[use.arc].size() < 4) continue;
                const GridRing whole = arcs_[use.arc];
                const std::size_t n = whole.size(), cut1 = (n - 1) / 3, cut2 = 2 * (n - 1) / 3;
                arcs_[use.arc] = GridRing(whole.begin(), whole.begin() + static_cast<std::ptrdiff_t>(cut1) + 1);
                arcs_.emplace_back(whole.begin() + static_cast<std::ptrdiff_t>(cut1),
                                   whole.begin() + static_cast<std::ptrdiff_t>(cut2) + 1);
                arcs_.emplace_back(whole.begin() + static_cast<std::ptrdiff_t>(cut2), whole.end());
                pieces[use.arc] = {use.arc, arcs_.size() - 2, arcs_.size() - 1};
            }
        }
        for (auto& ring : uses_) {
            std::vector<ArcUse> expanded;
            for (const ArcUse& use : ring) {
                const auto& p = pieces[use.arc];
                if (use.reversed)
                    for (auto it = p.rbegin(); it != p.rend(); ++it) expanded.push_back({*it, true});
                else
                    for (std::size_t a : p) expanded.push_back({a, false});
            }
            ring = std::move(expanded);
        }
    }

    const std::vector<GridRing>& arcs() const { return arcs_; }
    const std::vector<std::vector<ArcUse>>& uses() const { return uses_; }

private:
    // Up to three distinct neighbours of a vertex: three already make it a node.
    struct Neighbours {
        std::array<GridPoint, 3> points;
        std::uint8_t count = 0;
    };
    void add_neighbour(const GridPoint& at, const GridPoint& neighbour) {
        Neighbours& list = neighbours_[at];
        const auto end = list.points.begin() + list.count;
        if (list.count < 3 && std::find(list.points.begin(), end, neighbour) == end) list.points[list.count++] = neighbour;
    }
    bool is_node(const GridPoint& p) const { return neighbours_.at(p).count != 2; }

    std::vector<ArcUse> cut(const GridRing& ring) {
        const std::size_t n = ring.size();
        std::vector<std::size_t> nodes;
        for (std::size_t i = 0; i < n; ++i)
            if (is_node(ring[i])) nodes.push_back(i);
        std::vector<ArcUse> uses;
        if (nodes.empty()) {
            // A ring no other ring touches: one closed arc, started at its smallest vertex
            // and turned towards its smaller neighbour, so a ring traced either way (an
            // island and the hole it fills) gives the same arc.
            const std::size_t start = static_cast<std::size_t>(std::min_element(ring.begin(), ring.end()) - ring.begin());
            GridRing arc;
            const bool forward = ring[(start + 1) % n] < ring[(start + n - 1) % n];
            for (std::size_t k = 0; k <= n; ++k) arc.push_back(ring[forward ? (start + k) % n : (start + n - k) % n]);
            uses.push_back(intern(std::move(arc)));
            return uses;
        }
        for (std::size_t k = 0; k < nodes.size(); ++k) {
            const std::size_t from = nodes[k], to = nodes[(k + 1) % nodes.size()];
            GridRing arc{ring[from]};
            for (std::size_t i = (from + 1) % n;; i = (i + 1) % n) {
                arc.push_back(ring[i]);
                if (i == to) break;
            }
            uses.push_back(intern(std::move(arc)));
        }
        return uses;
    }

    // The arc's id, adding it if new; `reversed` when the ring runs against the stored direction.
    ArcUse intern(GridRing arc) {
        GridRing reverse(arc.rbegin(), arc.rend());
        const bool reversed = reverse < arc;
        if (reversed) arc.swap(reverse);
        const auto key = std::make_tuple(arc.front(), arc[1], arc.back(), arc.size());
        auto [it, inserted] = index_.try_emplace(key, arcs_.size());
        if (inserted) arcs_.push_back(std::move(arc));
        return {it->second, reversed};
    }

    std::unordered_map<GridPoint, Neighbours, GridPointHash> neighbours_;
    std::map<std::tuple<GridPoint, GridPoint, GridPoint, std::size_t>, std::size_t> index_;
    std::vector<GridRing> arcs_;
    std::vector<std::vector<ArcUse>> uses_;
};

inline Vec2 to_map(const GridPoint& g) {
    return {static_cast<double>(g.x) * kCoverageGrid, static_cast<double>(g.y) * kCoverageGrid};
}

}  // namespace medmap::geo::detail
