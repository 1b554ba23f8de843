#pragma once
// The map's state shapes in canvas pixels. They depend only on the view, the level of detail
// and the map's clip, never on a layer's colours, so a page of many layers that share one
// view (the web page's 336) projects the map once instead of once per layer.
#include <cstddef>
#include <cstdint>
#include <deque>
#include <vector>

#include "core/figure/draw_target.hpp"
#include "core/geo/atlas.hpp"

namespace medmap::figure {

// Every state's shape under one view (empty where it falls outside the clip), their bounds,
// and all their rings as one path (the outlines, stroked after every fill). A state at a
// level of detail also carries the level's triangles (PixelPath::triangles). Every path
// carries its identity, and the outlines the identities of the states they are made of.
struct MapPaths {
    std::vector<PixelPath> states;  // parallel to atlas.states
    std::vector<geo::Box> bounds;   // each state's pixel bounds; empty box for an empty path
    PixelPath outlines;
};

// What the paths are a function of: the view, the map units per device pixel (the level of
// detail; 0: full outlines) and the clip the map is drawn inside.
struct MapPathsKey {
    geo::ViewTransform view;
    double map_units_per_pixel = 0;
    geo::Box clip;
    bool operator==(const MapPathsKey& other) const;
};

MapPaths project_map(const geo::Atlas& atlas, const MapPathsKey& key);

// MapPaths already projected for one atlas, by key. Pass one to paint_figure when painting
// many figures with the same atlas (given another atlas, it starts afresh).
class MapPathsCache {
public:
    const MapPaths& get(const geo::Atlas& atlas, const MapPathsKey& key);
    std::size_t size() const { return entries_.size(); }

private:
    struct Entry {
        MapPathsKey key;
        MapPaths paths;
    };
    const geo::Atlas* atlas_ = nullptr;  // whose paths entries_ holds
    // A deque, not a vector: get() hands out references, and adding an entry must not move
    // the ones given before (ASan caught a vector reallocating under a held reference).
    // A page has one or a few views, so a linear search is enough.
    std::deque<Entry> entries_;
};

}  // namespace medmap::figure
