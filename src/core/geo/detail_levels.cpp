#include "core/geo/detail_levels.hpp"

#include <algorithm>
#include <exception>
#include <thread>

#include "core/geo/coverage_simplify.hpp"
#include "core/geo/triangulate.hpp"

namespace medmap::geo {

namespace {

constexpr double kCoarsestMapPixels = 1000;  // map width in pixels the coarsest level is for
constexpr double kLevelStep = 3;
constexpr int kLevelCount = 5;

}  // namespace

std::vector<double> detail_tolerances(const Box& bounds) {
    std::vector<double> tolerances;
    if (bounds.empty() || bounds.width() <= 0) return tolerances;
    double t = bounds.width() / kCoarsestMapPixels * kInvisiblePixels;
    for (int i = 0; i < kLevelCount; ++i, t /= kLevelStep) tolerances.push_back(t);
    return tolerances;
}

void add_detail_levels(Atlas& atlas) {
    atlas.levels.clear();
    std::size_t vertices = 0;
    for (const auto& s : atlas.states)
        for (const Polygon& p : s.shape) {
            vertices += p.outer.size();
            for (const Ring& h : p.holes) vertices += h.size();
        }
    if (vertices > kMaxLevelVertices) return;
    std::vector<MultiPolygon> shapes;
    shapes.reserve(atlas.states.size());
    for (const auto& s : atlas.states) shapes.push_back(s.shape);
    const std::vector<double> tolerances = detail_tolerances(atlas.bounds);
    auto levels = simplify_coverage_levels(shapes, tolerances);
    for (std::size_t i = 0; i < tolerances.size(); ++i)
        atlas.levels.push_back(DetailLevel{tolerances[i], std::move(levels[i]), {}});
    // Triangulated on every core: each level on its own.
    std::vector<std::exception_ptr> errors(atlas.levels.size());
    {
        const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
        std::vector<std::jthread> threads;
        for (std::size_t first = 0; first < std::min(cores, atlas.levels.size()); ++first)
            threads.emplace_back([&, first] {
                for (std::size_t l = first; l < atlas.levels.size(); l += cores) {
                    try {
                        for (const MultiPolygon& shape : atlas.levels[l].shapes)
                            atlas.levels[l].triangles.push_back(triangulate(shape));
                    } catch (...) {
                        errors[l] = std::current_exception();
                    }
                }
            });
    }
    for (const auto& error : errors)
        if (error) std::rethrow_exception(error);
}

const DetailLevel* level_for_pixel(const Atlas& atlas, double map_units_per_pixel) {
    const double allowed = map_units_per_pixel * kInvisiblePixels;
    for (const DetailLevel& level : atlas.levels)  // coarsest first
        if (level.tolerance <= allowed && level.shapes.size() == atlas.states.size()) return &level;
    return nullptr;
}

const MultiPolygon& shape_for_pixel(const Atlas& atlas, std::size_t state, double map_units_per_pixel) {
    if (const DetailLevel* level = level_for_pixel(atlas, map_units_per_pixel)) return level->shapes[state];
    return atlas.states[state].shape;
}

const std::vector<Vec2>* triangles_for_pixel(const Atlas& atlas, std::size_t state, double map_units_per_pixel) {
    const DetailLevel* level = level_for_pixel(atlas, map_units_per_pixel);
    if (!level || level->triangles.size() != atlas.states.size() || level->triangles[state].empty()) return nullptr;
    return &level->triangles[state];
}

}  // namespace medmap::geo
