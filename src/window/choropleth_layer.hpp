#pragma once
// The states as static GPU geometry: one vertex buffer of triangles (fills) and one of
// line segments (outlines), built once. A GLSL shader colours each state from a one-row
// texture written from the core's figure, so switching layers touches no geometry.
// Without shader support it falls back to per-vertex colours.
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
    sf::Transform transform_of(const geo::ViewTransform& view) const;

    const geo::MapModel& map_;
    sf::VertexBuffer fills_{sf::Triangles, sf::VertexBuffer::Static};
    sf::VertexArray outline_lines_{sf::Lines};
    sf::VertexArray frame_lines_{sf::Lines};
    std::vector<std::size_t> state_of_vertex_;  // for the fallback's per-vertex colours
    sf::VertexArray fallback_fills_{sf::Triangles};
    std::unique_ptr<sf::Shader> shader_;
    sf::Texture fill_texture_;
    sf::Color no_data_color_;
    sf::Color hatch_color_;
};

sf::Color to_sf(const figure::Rgba& c);

}  // namespace medmap::window
