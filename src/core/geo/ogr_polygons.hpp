#pragma once
// Internal to the geo module: OGR geometries to the module's plain polygons.
#include <ogr_geometry.h>

#include "core/geo/geometry.hpp"

namespace medmap::geo::detail {

// Polygon, MultiPolygon and their curved forms; collections are judged by their parts.
bool is_polygonal_type(OGRwkbGeometryType type);

// Every polygon in `geometry` (curves linearised); points and lines are dropped.
// Rings are returned without the repeated closing vertex.
MultiPolygon polygons_from_ogr(const OGRGeometry& geometry);

}  // namespace medmap::geo::detail
