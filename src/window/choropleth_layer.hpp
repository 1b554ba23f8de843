#pragma once
// The states as static GPU geometry: one vertex buffer of triangles (fills) and one of
// line segments (outlines) per level of detail, each built when first drawn. Each frame draws the coarsest
// level whose error stays below a quarter pixel at the current zoom (the atlas's levels,
// or the full outlines when zoomed in past them), so frame time does not grow with the
// detail of the geodata file. A GLSL shader colours each state from a one-row texture
// written from the core's figure, so switching layers touches no geometry. Without
// shader support it falls back to per-vertex colours.
#include <SFML/Graphics.hpp>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "core/figure/figure.hpp"
#include "core/figure/layout.hpp"
#include "core/geo/map_model.hpp"
#include "core/geo/view_transform.hpp"

namespace medmap::window {

class ChoroplethLayer {
public:
    using Warn = std::function<void(const std::string&)>;
    ChoroplethLayer(const geo::MapModel& map, const std::filesystem::path& shader_dir, const Warn& warn);

    // Takes the fills (and no-data colours) of `figure`. Cheap: 51 texels.
    void set_figure(const figure::Figure& figure);
    // Fills, outlines (one pixel: GL lines) and inset frames under `view`; no-data states
    // hatched with the layout's spacing and line width.
    void draw(sf::RenderTarget& target, const geo::ViewTransform& view, const figure::FigureLayout& layout) const;
    // A thick outline around one state, for the hover highlight.
    void draw_highlight(sf::RenderTarget& target, const geo::ViewTransform& view, std::size_t state,
                        sf::Color color, float width_px) const;
    bool uses_shader() const { return shader_ != nullptr; }
    const geo::MapModel& map() const { return map_; }

private:
    // One level of detail on the GPU (or as vertex arrays, without shaders).
    struct Mesh {
        sf::VertexBuffer fills{sf::Triangles, sf::VertexBuffer::Static};
        sf::VertexArray outline_lines{sf::Lines};
        sf::VertexArray fallback_fills{sf::Triangles};
        bool on_gpu = false;  // fills in the vertex buffer, coloured by the shader
    };

    sf::Transform transform_of(const geo::ViewTransform& view) const;
    // The level drawn at `view`'s zoom: an index into meshes_.
    std::size_t level_index(const geo::ViewTransform& view) const;
    const geo::MultiPolygon& shape_at(std::size_t level, std::size_t state) const;
    const Mesh& mesh(std::size_t level) const;  // built on first use

    const geo::MapModel& map_;
    // The atlas's levels, coarsest first (or, without levels, the full outlines), each
    // built when first drawn; mutable as drawing is what builds them.
    mutable std::vector<std::unique_ptr<Mesh>> meshes_;
    sf::VertexArray frame_lines_{sf::Lines};
    std::unique_ptr<sf::Shader> shader_;
    std::vector<sf::Color> state_fills_;  // the figure's, for meshes built later without shaders
    sf::Color outline_color_;
    sf::Texture fill_texture_;
    sf::Color no_data_color_;
    sf::Color hatch_color_;
};

sf::Color to_sf(const figure::Rgba& c);

}  // namespace medmap::window
