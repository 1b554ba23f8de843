#include "core/geo/map_model.hpp"

#include "core/geo/triangulate.hpp"

namespace medmap::geo {

MapModel MapModel::from_atlas(Atlas atlas) {
    std::vector<std::vector<Vec2>> triangles;
    triangles.reserve(atlas.states.size());
    for (const auto& s : atlas.states) triangles.push_back(triangulate(s.shape));
    Picker picker(atlas);
    return MapModel{std::move(atlas), std::move(triangles), std::move(picker)};
}

}  // namespace medmap::geo
