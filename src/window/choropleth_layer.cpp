#include "window/choropleth_layer.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "core/geo/detail_levels.hpp"

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
    : map_(map), meshes_(std::max<std::size_t>(1, map.atlas.levels.size())) {
    for (const auto& frame : map.atlas.inset_frames)
        add_ring_segments(frame_lines_, {{frame.min_x, frame.min_y}, {frame.max_x, frame.min_y},
                                         {frame.max_x, frame.max_y}, {frame.min_x, frame.max_y}});

    if (sf::VertexBuffer::isAvailable() && sf::Shader::isAvailable()) {
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
    state_fills_.assign(map.atlas.states.size(), sf::Color::White);
    fill_texture_.create(static_cast<unsigned>(std::max<std::size_t>(1, map.atlas.states.size())), 1);
}

// A level's triangles and outlines on the GPU (or, without shaders, as coloured vertex
// arrays), built the first time the level is drawn: a window that never zooms in never
// pays for the finer levels.
const ChoroplethLayer::Mesh& ChoroplethLayer::mesh(std::size_t level) const {
    std::unique_ptr<Mesh>& slot = meshes_[level];
    if (slot) return *slot;
    slot = std::make_unique<Mesh>();
    Mesh& m = *slot;
    const auto& levels = map_.atlas.levels;
    const auto& triangles = level < levels.size() ? levels[level].triangles : map_.triangles;
    std::vector<sf::Vertex> vertices;
    for (std::size_t s = 0; s < triangles.size(); ++s) {
        for (const auto& p : triangles[s])
            // texCoords.x carries the state's index for the shader.
            vertices.emplace_back(sf::Vector2f(static_cast<float>(p.x), static_cast<float>(p.y)), state_fills_[s],
                                  sf::Vector2f(static_cast<float>(s), 0.f));
        for (const auto& poly : shape_at(level, s)) {
            add_ring_segments(m.outline_lines, poly.outer);
            for (const auto& hole : poly.holes) add_ring_segments(m.outline_lines, hole);
        }
    }
    for (std::size_t i = 0; i < m.outline_lines.getVertexCount(); ++i) m.outline_lines[i].color = outline_color_;
    m.on_gpu = shader_ && m.fills.create(vertices.size()) && m.fills.update(vertices.data());
    if (!m.on_gpu) {
        m.fallback_fills.resize(vertices.size());
        for (std::size_t i = 0; i < vertices.size(); ++i) m.fallback_fills[i] = vertices[i];
    }
    return m;
}

const geo::MultiPolygon& ChoroplethLayer::shape_at(std::size_t level, std::size_t state) const {
    const auto& levels = map_.atlas.levels;
    return level < levels.size() ? levels[level].shapes[state] : map_.atlas.states[state].shape;
}

// The coarsest level within a quarter pixel at this zoom. Past the finest level (the
// window's zoom stops at 40x, where the finest level is still well under a pixel off) the
// finest is drawn; an atlas without levels has only its full outlines (index 0).
std::size_t ChoroplethLayer::level_index(const geo::ViewTransform& view) const {
    const auto& levels = map_.atlas.levels;
    if (levels.empty()) return 0;
    const geo::DetailLevel* level = view.scale > 0 ? geo::level_for_pixel(map_.atlas, 1.0 / view.scale) : nullptr;
    return level ? static_cast<std::size_t>(level - levels.data()) : levels.size() - 1;
}

void ChoroplethLayer::set_figure(const figure::Figure& figure) {
    no_data_color_ = to_sf(figure.colors.no_data);
    hatch_color_ = to_sf(figure.colors.no_data_hatch);
    outline_color_ = to_sf(figure.colors.outline);
    for (std::size_t i = 0; i < frame_lines_.getVertexCount(); ++i) frame_lines_[i].color = to_sf(figure.colors.frame);
    std::vector<sf::Uint8> texels;
    for (std::size_t s = 0; s < figure.states.size(); ++s) {
        const auto& st = figure.states[s];
        texels.insert(texels.end(), {st.fill.r, st.fill.g, st.fill.b, static_cast<sf::Uint8>(st.no_data() ? 0 : 255)});
        if (s < state_fills_.size()) state_fills_[s] = to_sf(st.fill);
    }
    if (!texels.empty()) fill_texture_.update(texels.data(), static_cast<unsigned>(figure.states.size()), 1, 0, 0);
    for (std::size_t level = 0; level < meshes_.size(); ++level) {
        if (!meshes_[level]) continue;
        Mesh& m = *meshes_[level];
        for (std::size_t i = 0; i < m.outline_lines.getVertexCount(); ++i) m.outline_lines[i].color = outline_color_;
        if (m.on_gpu) continue;
        std::size_t i = 0;  // the fallback's per-vertex colours, state by state as built
        const auto& levels = map_.atlas.levels;
        const auto& triangles = level < levels.size() ? levels[level].triangles : map_.triangles;
        for (std::size_t s = 0; s < triangles.size(); ++s)
            for (std::size_t k = 0; k < triangles[s].size(); ++k) m.fallback_fills[i++].color = state_fills_[s];
    }
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
    const Mesh& m = mesh(level_index(view));
    if (m.on_gpu) {
        shader_->setUniform("fills", fill_texture_);
        shader_->setUniform("state_count", static_cast<float>(fill_texture_.getSize().x));
        shader_->setUniform("no_data_color", to_glsl(no_data_color_));
        shader_->setUniform("hatch_color", to_glsl(hatch_color_));
        shader_->setUniform("hatch_spacing", static_cast<float>(layout.hatch_spacing_px));
        shader_->setUniform("hatch_line", static_cast<float>(layout.hatch_line_px));
        sf::RenderStates fill_states = states;
        fill_states.shader = shader_.get();
        target.draw(m.fills, fill_states);
    } else {
        target.draw(m.fallback_fills, states);
    }
    target.draw(m.outline_lines, states);
    target.draw(frame_lines_, states);
}

void ChoroplethLayer::draw_highlight(sf::RenderTarget& target, const geo::ViewTransform& view, std::size_t state,
                                     sf::Color color, float width_px) const {
    if (state >= map_.atlas.states.size()) return;
    sf::VertexArray quads(sf::Triangles);
    // The outline of the level on screen, so the highlight sits exactly on the drawn border.
    for (const auto& poly : shape_at(level_index(view), state)) add_thick_ring(quads, poly.outer, view, width_px, color);
    target.draw(quads);
}

}  // namespace medmap::window
