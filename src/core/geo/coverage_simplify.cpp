#include "core/geo/coverage_simplify.hpp"

#include <algorithm>
#include <exception>
#include <stdexcept>
#include <thread>

#include "core/geo/coverage_arcs.hpp"
#include "core/geo/geos_support.hpp"

namespace medmap::geo {

namespace {

using detail::ArcUse;
using detail::GridPoint;
using detail::GridRing;
using detail::snap_ring;
using detail::to_map;

// Where each ring sits in the input: shape, polygon, ring (0 = outer, k = hole k-1).
struct RingPlace {
    std::size_t shape, polygon, ring;
};

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

std::vector<std::vector<MultiPolygon>> simplify_coverage_levels(const std::vector<MultiPolygon>& shapes,
                                                                const std::vector<double>& tolerances) {
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

    // The arcs are found once; each tolerance simplifies them on a thread of its own
    // (each with its own GEOS context), as the levels do not depend on each other.
    detail::CoverageArcs builder(rings);
    builder.ensure_three_arcs_per_ring();
    std::vector<std::vector<std::vector<Vec2>>> simple(tolerances.size());
    std::vector<std::exception_ptr> errors(tolerances.size());
    {
        // Declared before the threads, which read it until they are joined when the
        // block ends (clang's ASan caught the reverse order: stack-use-after-scope).
        const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
        std::vector<std::jthread> threads;
        for (std::size_t first = 0; first < std::min<std::size_t>(cores, tolerances.size()); ++first)
            threads.emplace_back([&, first] {
                for (std::size_t t = first; t < tolerances.size(); t += cores) {
                    try {
                        simple[t] = simplify_arcs(builder.arcs(), tolerances[t]);
                    } catch (...) {
                        errors[t] = std::current_exception();
                    }
                }
            });
    }
    for (const auto& error : errors)
        if (error) std::rethrow_exception(error);

    std::vector<std::vector<MultiPolygon>> levels;
    for (const auto& arcs : simple) {
        std::vector<MultiPolygon> out(shapes.size());
        std::vector<std::vector<std::ptrdiff_t>> polygon_slot(shapes.size());
        for (std::size_t s = 0; s < shapes.size(); ++s) polygon_slot[s].assign(shapes[s].size(), -1);
        for (std::size_t k = 0; k < rings.size(); ++k) {
            const RingPlace& at = places[k];
            Ring ring = join(builder.uses()[k], arcs);
            if (ring.size() < 3) continue;
            if (at.ring == 0) {
                polygon_slot[at.shape][at.polygon] = static_cast<std::ptrdiff_t>(out[at.shape].size());
                out[at.shape].push_back(Polygon{std::move(ring), {}});
            } else if (const std::ptrdiff_t slot = polygon_slot[at.shape][at.polygon]; slot >= 0) {
                out[at.shape][static_cast<std::size_t>(slot)].holes.push_back(std::move(ring));
            }
        }
        levels.push_back(std::move(out));
    }
    return levels;
}

std::vector<MultiPolygon> simplify_coverage(const std::vector<MultiPolygon>& shapes, double tolerance) {
    return std::move(simplify_coverage_levels(shapes, {tolerance}).front());
}

}  // namespace medmap::geo
