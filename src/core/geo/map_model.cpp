#include "core/geo/map_model.hpp"

#include "core/geo/triangulate.hpp"

namespace medmap::geo {

MapModel MapModel::from_atlas(Atlas atlas) {
    std::vector<std::vector<Vec2>> triangles;
    // With levels of detail, the finest level's triangles (cached with the atlas): within
    // its tolerance of the full outline, a fraction of a pixel at the window's deepest
    // zoom, and triangulating a detailed file's full outlines would take seconds.
    if (!atlas.levels.empty() && atlas.levels.back().triangles.size() == atlas.states.size()) {
        triangles = atlas.levels.back().triangles;
    } else {
        triangles.reserve(atlas.states.size());
        for (const auto& s : atlas.states) triangles.push_back(triangulate(s.shape));
    }
    Picker picker(atlas);
    return MapModel{std::move(atlas), std::move(triangles), std::move(picker)};
}

}  // namespace medmap::geo
