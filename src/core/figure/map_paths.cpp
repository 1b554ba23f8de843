#include "core/figure/map_paths.hpp"

#include "core/figure/figure_painter.hpp"
#include "core/figure/path_identity.hpp"
#include "core/geo/detail_levels.hpp"

namespace medmap::figure {

namespace {

bool same_box(const geo::Box& a, const geo::Box& b) {
    return a.min_x == b.min_x && a.min_y == b.min_y && a.max_x == b.max_x && a.max_y == b.max_y;
}

geo::Box pixel_bounds(const PixelPath& path) {
    geo::Box box;
    for (const geo::Ring& ring : path.rings)
        for (const geo::Vec2& p : ring) box.include(p);
    return box;
}

}  // namespace

bool MapPathsKey::operator==(const MapPathsKey& other) const {
    return view.scale == other.view.scale && view.offset.x == other.view.offset.x &&
           view.offset.y == other.view.offset.y && map_units_per_pixel == other.map_units_per_pixel &&
           same_box(clip, other.clip);
}

MapPaths project_map(const geo::Atlas& atlas, const MapPathsKey& key) {
    MapPaths out;
    out.states.resize(atlas.states.size());
    out.bounds.resize(atlas.states.size());
    for (std::size_t i = 0; i < atlas.states.size(); ++i) {
        PixelPath path = state_pixels(geo::shape_for_pixel(atlas, i, key.map_units_per_pixel), key.view);
        const geo::Box bounds = pixel_bounds(path);
        if (!bounds.intersects(key.clip)) continue;  // zoomed out of view
        if (const auto* triangles = geo::triangles_for_pixel(atlas, i, key.map_units_per_pixel)) {
            path.triangles.reserve(triangles->size());
            for (const geo::Vec2& p : *triangles) path.triangles.push_back(key.view.to_screen(p));
        }
        for (const geo::Ring& ring : path.rings) out.outlines.rings.push_back(ring);
        path.identity = path_identity(path);
        out.outlines.part_identities.push_back(path.identity);
        out.states[i] = std::move(path);
        out.bounds[i] = bounds;
    }
    out.outlines.identity = path_identity(out.outlines);
    return out;
}

const MapPaths& MapPathsCache::get(const geo::Atlas& atlas, const MapPathsKey& key) {
    if (atlas_ != &atlas) {
        entries_.clear();
        atlas_ = &atlas;
    }
    for (const Entry& entry : entries_)
        if (entry.key == key) return entry.paths;
    entries_.push_back({key, project_map(atlas, key)});
    return entries_.back().paths;
}

}  // namespace medmap::figure
