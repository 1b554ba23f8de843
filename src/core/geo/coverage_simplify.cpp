#include "core/geo/coverage_simplify.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

#include "core/geo/geos_support.hpp"

namespace medmap::geo {

namespace {

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

GridPoint snap(Vec2 p) {
    return {static_cast<std::int64_t>(std::llround(p.x / kCoverageGrid)),
            static_cast<std::int64_t>(std::llround(p.y / kCoverageGrid))};
}

// The ring on the grid, without repeated vertices (consecutive or closing).
GridRing snap_ring(const Ring& ring) {
    GridRing out;
    out.reserve(ring.size());
    for (const Vec2& p : ring) {
        const GridPoint g = snap(p);
        if (out.empty() || !(out.back() == g)) out.push_back(g);
    }
    while (out.size() > 1 && out.front() == out.back()) out.pop_back();
    return out;
}

// Where each ring sits in the input: shape, polygon, ring (0 = outer, k = hole k-1).
struct RingPlace {
    std::size_t shape, polygon, ring;
};

struct ArcUse {
    std::size_t arc;
    bool reversed;
};

// Builds the arcs of a coverage: each run of a ring between two nodes (vertices where
// the set of neighbouring vertices is not exactly two, i.e. where borders meet or part),
// in one canonical direction, stored once however many rings use it.
class ArcBuilder {
public:
    explicit ArcBuilder(const std::vector<GridRing>& rings) {
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
    void add_neighbour(const GridPoint& at, const GridPoint& neighbour) {
        auto& list = neighbours_[at];
        if (list.size() <= 2 && std::find(list.begin(), list.end(), neighbour) == list.end()) list.push_back(neighbour);
    }
    bool is_node(const GridPoint& p) const { return neighbours_.at(p).size() != 2; }

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

    std::unordered_map<GridPoint, std::vector<GridPoint>, GridPointHash> neighbours_;
    std::map<std::tuple<GridPoint, GridPoint, GridPoint, std::size_t>, std::size_t> index_;
    std::vector<GridRing> arcs_;
    std::vector<std::vector<ArcUse>> uses_;
};

Vec2 to_map(const GridPoint& g) { return {static_cast<double>(g.x) * kCoverageGrid, static_cast<double>(g.y) * kCoverageGrid}; }

// All arcs as one GEOS MultiLineString, simplified together, back as coordinate lists.
std::vector<std::vector<Vec2>> simplify_arcs(const std::vector<GridRing>& arcs, double tolerance) {
    detail::GeosContext geos;
    const GEOSContextHandle_t h = geos.handle();
    std::vector<detail::GeosGeometry> lines;
    lines.reserve(arcs.size());
    for (const GridRing& arc : arcs) {
        std::vector<double> xy;
        xy.reserve(2 * arc.size());
        for (const GridPoint& g : arc) {
            const Vec2 p = to_map(g);
            xy.push_back(p.x), xy.push_back(p.y);
        }
        GEOSCoordSequence* seq = GEOSCoordSeq_copyFromBuffer_r(h, xy.data(), arc.size(), 0, 0);
        if (seq == nullptr) throw std::runtime_error("GEOS: cannot create a coordinate sequence");
        lines.push_back(detail::adopt(geos, GEOSGeom_createLineString_r(h, seq), "GEOS: arc"));
    }
    std::vector<GEOSGeometry*> raw;
    for (auto& line : lines) raw.push_back(line.get());
    detail::GeosGeometry all = detail::adopt(
        geos, GEOSGeom_createCollection_r(h, GEOS_MULTILINESTRING, raw.data(), static_cast<unsigned>(raw.size())),
        "GEOS: arcs");
    for (auto& line : lines) (void)line.release();  // now owned by `all`
    const detail::GeosGeometry simple =
        detail::adopt(geos, GEOSTopologyPreserveSimplify_r(h, all.get(), tolerance), "GEOS: simplifying the arcs");
    if (GEOSGetNumGeometries_r(h, simple.get()) != static_cast<int>(arcs.size()))
        throw std::runtime_error("GEOS: simplifying the arcs changed their number");

    std::vector<std::vector<Vec2>> out(arcs.size());
    for (std::size_t a = 0; a < arcs.size(); ++a) {
        const GEOSGeometry* line = GEOSGetGeometryN_r(h, simple.get(), static_cast<int>(a));
        const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, line);
        unsigned size = 0;
        if (seq == nullptr || !GEOSCoordSeq_getSize_r(h, seq, &size)) throw std::runtime_error("GEOS: arc coordinates");
        std::vector<double> xy(2 * std::size_t{size});
        if (size > 0) GEOSCoordSeq_copyToBuffer_r(h, seq, xy.data(), 0, 0);
        for (unsigned i = 0; i < size; ++i) out[a].push_back({xy[2 * i], xy[2 * i + 1]});
        // Endpoints are kept exactly, so rings close up again; pin them to be sure.
        if (!out[a].empty()) out[a].front() = to_map(arcs[a].front()), out[a].back() = to_map(arcs[a].back());
    }
    return out;
}

Ring join(const std::vector<ArcUse>& uses, const std::vector<std::vector<Vec2>>& arcs) {
    Ring ring;
    for (const ArcUse& use : uses) {
        const auto& arc = arcs[use.arc];
        std::vector<Vec2> pts = use.reversed ? std::vector<Vec2>(arc.rbegin(), arc.rend()) : arc;
        for (const Vec2& p : pts)
            if (ring.empty() || !(ring.back() == p)) ring.push_back(p);
    }
    while (ring.size() > 1 && ring.front() == ring.back()) ring.pop_back();
    return ring;
}

}  // namespace

std::vector<MultiPolygon> simplify_coverage(const std::vector<MultiPolygon>& shapes, double tolerance) {
    std::vector<GridRing> rings;
    std::vector<RingPlace> places;
    for (std::size_t s = 0; s < shapes.size(); ++s)
        for (std::size_t p = 0; p < shapes[s].size(); ++p) {
            const Polygon& polygon = shapes[s][p];
            for (std::size_t r = 0; r <= polygon.holes.size(); ++r) {
                GridRing ring = snap_ring(r == 0 ? polygon.outer : polygon.holes[r - 1]);
                if (ring.size() < 3) continue;  // no area: left out, as GEOS conversion does
                rings.push_back(std::move(ring));
                places.push_back({s, p, r});
            }
        }

    ArcBuilder builder(rings);
    builder.ensure_three_arcs_per_ring();
    const auto simple = simplify_arcs(builder.arcs(), tolerance);

    std::vector<MultiPolygon> out(shapes.size());
    std::vector<std::vector<std::ptrdiff_t>> polygon_slot(shapes.size());
    for (std::size_t s = 0; s < shapes.size(); ++s) polygon_slot[s].assign(shapes[s].size(), -1);
    for (std::size_t k = 0; k < rings.size(); ++k) {
        const RingPlace& at = places[k];
        Ring ring = join(builder.uses()[k], simple);
        if (ring.size() < 3) continue;
        if (at.ring == 0) {
            polygon_slot[at.shape][at.polygon] = static_cast<std::ptrdiff_t>(out[at.shape].size());
            out[at.shape].push_back(Polygon{std::move(ring), {}});
        } else if (const std::ptrdiff_t slot = polygon_slot[at.shape][at.polygon]; slot >= 0) {
            out[at.shape][static_cast<std::size_t>(slot)].holes.push_back(std::move(ring));
        }
    }
    return out;
}

}  // namespace medmap::geo
