#include "core/geo/picker.hpp"

#include <algorithm>
#include <mutex>
#include <vector>

#include "core/geo/geos_support.hpp"

namespace medmap::geo {

namespace {

struct PreparedDestroyer {
    GEOSContextHandle_t handle = nullptr;
    void operator()(const GEOSPreparedGeometry* prepared) const noexcept { GEOSPreparedGeom_destroy_r(handle, prepared); }
};
using PreparedGeometry = std::unique_ptr<const GEOSPreparedGeometry, PreparedDestroyer>;

struct TreeDestroyer {
    GEOSContextHandle_t handle = nullptr;
    void operator()(GEOSSTRtree* tree) const noexcept { GEOSSTRtree_destroy_r(handle, tree); }
};
using Tree = std::unique_ptr<GEOSSTRtree, TreeDestroyer>;

void collect_candidate(void* item, void* candidates) {
    static_cast<std::vector<std::size_t>*>(candidates)->push_back(*static_cast<const std::size_t*>(item));
}

}  // namespace

// Members are destroyed bottom-up: the tree and prepared geometries refer to the
// shapes, and everything needs the context.
struct Picker::Impl {
    detail::GeosContext geos;
    std::vector<detail::GeosGeometry> shapes;
    std::vector<PreparedGeometry> prepared;  // parallel to `shapes`
    std::vector<std::size_t> state_index;    // parallel to `shapes`; the tree's items point here
    Tree tree;
    // A GEOS context, a lazily built STRtree and prepared geometries' lazily built
    // indexes are all unsafe under concurrent use, so const pick() serialises on this.
    std::mutex mutex;
};

Picker::Picker(const Atlas& atlas) : impl_(std::make_unique<Impl>()) {
    Impl& m = *impl_;
    const GEOSContextHandle_t h = m.geos.handle();
    for (std::size_t i = 0; i < atlas.states.size(); ++i) {
        detail::GeosGeometry shape = detail::to_geos(m.geos, atlas.states[i].shape);
        if (GEOSisEmpty_r(h, shape.get())) continue;  // nothing there to pick
        const GEOSPreparedGeometry* prepared = GEOSPrepare_r(h, shape.get());
        if (prepared == nullptr) throw std::runtime_error("GEOS: cannot prepare " + atlas.states[i].name + ": " + m.geos.last_error());
        m.prepared.emplace_back(prepared, PreparedDestroyer{h});
        m.shapes.push_back(std::move(shape));
        m.state_index.push_back(i);
    }

    m.tree = Tree(GEOSSTRtree_create_r(h, 10), TreeDestroyer{h});
    if (!m.tree) throw std::runtime_error("GEOS: cannot create an STRtree: " + m.geos.last_error());
    // The tree keeps the pointers: `state_index` is complete, so they stay valid.
    for (std::size_t k = 0; k < m.shapes.size(); ++k) GEOSSTRtree_insert_r(h, m.tree.get(), m.shapes[k].get(), &m.state_index[k]);
}

Picker::~Picker() = default;
Picker::Picker(Picker&&) noexcept = default;
Picker& Picker::operator=(Picker&&) noexcept = default;

std::optional<std::size_t> Picker::pick(Vec2 map_point) const {
    if (!impl_ || impl_->shapes.empty()) return std::nullopt;
    Impl& m = *impl_;
    const std::lock_guard lock(m.mutex);
    const GEOSContextHandle_t h = m.geos.handle();

    const detail::GeosGeometry point = detail::adopt(m.geos, GEOSGeom_createPointFromXY_r(h, map_point.x, map_point.y), "GEOS: point");
    std::vector<std::size_t> candidates;
    GEOSSTRtree_query_r(h, m.tree.get(), point.get(), &collect_candidate, &candidates);
    // Lowest index first, so a point exactly on a shared border always picks the same state.
    std::sort(candidates.begin(), candidates.end());
    for (std::size_t state : candidates) {
        const auto k = static_cast<std::size_t>(std::lower_bound(m.state_index.begin(), m.state_index.end(), state) -
                                                m.state_index.begin());
        if (GEOSPreparedIntersects_r(h, m.prepared[k].get(), point.get()) == 1) return state;
    }
    return std::nullopt;
}

}  // namespace medmap::geo
