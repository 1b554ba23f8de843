#include "window/choropleth_layer.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace medmap::window {

sf::Color to_sf(const figure::Rgba& c) { return {c.r, c.g, c.b, c.a}; }

namespace {

sf::Glsl::Vec4 to_glsl(sf::Color c) { return sf::Glsl::Vec4(c); }

// " (what SFML said)" on one line and clipped, or "" when it said nothing.
std::string one_line_quote(std::string text) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    text.erase(text.find_last_not_of(' ') + 1);
    if (text.empty()) return {};
    constexpr std::size_t kMax = 200;
    if (text.size() > kMax) text = text.substr(0, kMax) + "...";
    return " (" + text + ")";
}

void add_ring_segments(sf::VertexArray& lines, const geo::Ring& ring) {
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const auto& a = ring[i];
        const auto& b = ring[(i + 1) % ring.size()];
        lines.append(sf::Vertex({static_cast<float>(a.x), static_cast<float>(a.y)}));
        lines.append(sf::Vertex({static_cast<float>(b.x), static_cast<float>(b.y)}));
    }
}

// A ring as a strip of quads `width` pixels wide, in screen space (lines in GL are 1 px).
void add_thick_ring(sf::VertexArray& quads, const geo::Ring& ring, const geo::ViewTransform& view,
                    float width, sf::Color color) {
    const float half = width / 2;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        auto a = view.to_screen(ring[i]);
        auto b = view.to_screen(ring[(i + 1) % ring.size()]);
        double dx = b.x - a.x, dy = b.y - a.y, len = std::hypot(dx, dy);
        if (len == 0) continue;
        auto nx = static_cast<float>(-dy / len * half), ny = static_cast<float>(dx / len * half);
        auto ax = static_cast<float>(a.x), ay = static_cast<float>(a.y);
        auto bx = static_cast<float>(b.x), by = static_cast<float>(b.y);
        for (sf::Vector2f p : {sf::Vector2f{ax + nx, ay + ny}, sf::Vector2f{bx + nx, by + ny},
                               sf::Vector2f{bx - nx, by - ny}, sf::Vector2f{ax + nx, ay + ny},
                               sf::Vector2f{bx - nx, by - ny}, sf::Vector2f{ax - nx, ay - ny}})
            quads.append(sf::Vertex(p, color));
    }
}

}  // namespace

ChoroplethLayer::ChoroplethLayer(const geo::MapModel& map, const std::filesystem::path& shader_dir,
                                 const Warn& warn)
    : map_(map) {
    std::vector<sf::Vertex> vertices;
    for (std::size_t s = 0; s < map.triangles.size(); ++s) {
        for (const auto& p : map.triangles[s]) {
            // texCoords.x carries the state's index for the shader.
            vertices.emplace_back(sf::Vector2f(static_cast<float>(p.x), static_cast<float>(p.y)), sf::Color::White,
                                  sf::Vector2f(static_cast<float>(s), 0.f));
            state_of_vertex_.push_back(s);
        }
        for (const auto& poly : map.atlas.states[s].shape) {
            add_ring_segments(outline_lines_, poly.outer);
            for (const auto& hole : poly.holes) add_ring_segments(outline_lines_, hole);
        }
    }
    for (const auto& frame : map.atlas.inset_frames)
        add_ring_segments(frame_lines_, {{frame.min_x, frame.min_y}, {frame.max_x, frame.min_y},
                                         {frame.max_x, frame.max_y}, {frame.min_x, frame.max_y}});

    const bool gpu_ok = sf::VertexBuffer::isAvailable() && sf::Shader::isAvailable();
    if (gpu_ok && fills_.create(vertices.size()) && fills_.update(vertices.data())) {
        auto shader = std::make_unique<sf::Shader>();
        const auto vert = shader_dir / "choropleth.vert", frag = shader_dir / "choropleth.frag";
        // SFML prints a compile log of many lines; the warning quotes it on one line.
        std::ostringstream sfml_log;
        std::streambuf* const sfml_err = sf::err().rdbuf(sfml_log.rdbuf());
        const bool loaded = shader->loadFromFile(vert.string(), frag.string());
        sf::err().rdbuf(sfml_err);
        if (loaded) shader_ = std::move(shader);
        else warn("shaders in " + shader_dir.string() + " missing or not compiling; drawing without them" +
                  one_line_quote(sfml_log.str()));
    } else {
        warn("OpenGL shaders or vertex buffers unavailable; drawing without them");
    }
    if (!shader_) {
        fallback_fills_.resize(vertices.size());
        for (std::size_t i = 0; i < vertices.size(); ++i) fallback_fills_[i] = vertices[i];
    }
    fill_texture_.create(static_cast<unsigned>(std::max<std::size_t>(1, map.triangles.size())), 1);
}

void ChoroplethLayer::set_figure(const figure::Figure& figure) {
    no_data_color_ = to_sf(figure.colors.no_data);
    hatch_color_ = to_sf(figure.colors.no_data_hatch);
    for (std::size_t i = 0; i < outline_lines_.getVertexCount(); ++i) outline_lines_[i].color = to_sf(figure.colors.outline);
    for (std::size_t i = 0; i < frame_lines_.getVertexCount(); ++i) frame_lines_[i].color = to_sf(figure.colors.frame);
    std::vector<sf::Uint8> texels;
    for (const auto& st : figure.states) {
        texels.insert(texels.end(), {st.fill.r, st.fill.g, st.fill.b,
                                     static_cast<sf::Uint8>(st.no_data() ? 0 : 255)});
    }
    if (!texels.empty()) fill_texture_.update(texels.data(), static_cast<unsigned>(figure.states.size()), 1, 0, 0);
    if (!shader_)
        for (std::size_t i = 0; i < fallback_fills_.getVertexCount(); ++i)
            fallback_fills_[i].color = to_sf(figure.states[state_of_vertex_[i]].fill);
}

sf::Transform ChoroplethLayer::transform_of(const geo::ViewTransform& view) const {
    sf::Transform t;
    t.translate(static_cast<float>(view.offset.x), static_cast<float>(view.offset.y));
    t.scale(static_cast<float>(view.scale), static_cast<float>(view.scale));
    return t;
}

void ChoroplethLayer::draw(sf::RenderTarget& target, const geo::ViewTransform& view,
                           const figure::FigureLayout& layout) const {
    sf::RenderStates states(transform_of(view));
    if (shader_) {
        shader_->setUniform("fills", fill_texture_);
        shader_->setUniform("state_count", static_cast<float>(fill_texture_.getSize().x));
        shader_->setUniform("no_data_color", to_glsl(no_data_color_));
        shader_->setUniform("hatch_color", to_glsl(hatch_color_));
        shader_->setUniform("hatch_spacing", static_cast<float>(layout.hatch_spacing_px));
        shader_->setUniform("hatch_line", static_cast<float>(layout.hatch_line_px));
        sf::RenderStates fill_states = states;
        fill_states.shader = shader_.get();
        target.draw(fills_, fill_states);
    } else {
        target.draw(fallback_fills_, states);
    }
    target.draw(outline_lines_, states);
    target.draw(frame_lines_, states);
}

void ChoroplethLayer::draw_highlight(sf::RenderTarget& target, const geo::ViewTransform& view, std::size_t state,
                                     sf::Color color, float width_px) const {
    if (state >= map_.atlas.states.size()) return;
    sf::VertexArray quads(sf::Triangles);
    for (const auto& poly : map_.atlas.states[state].shape) add_thick_ring(quads, poly.outer, view, width_px, color);
    target.draw(quads);
}

}  // namespace medmap::window
