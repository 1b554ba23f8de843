// Part of medmap_gdal: projecting needs GDAL/PROJ.
#include "core/geo/map_model.hpp"

namespace medmap::geo {

MapModel MapModel::build(const std::vector<StateShape>& states) { return from_atlas(project_albers_usa(states)); }

}  // namespace medmap::geo
