#pragma once
// figure::DrawTarget for the web page: the core's painter draws each layer onto it, and it
// writes the same SVG as the SVG export (through svg_markup), split so every layer can be
// kept in one page:
//   - geometry (state shapes, hatch lines, leader lines) goes once into <defs>, and what
//     is drawn refers to it with <use>;
//   - each drawn element is markup kept once in a table; a layer is a list of indices;
//   - a tagged shape (state, callout box, legend swatch) is a template whose fill,
//     data-class and data-value the layer gives (a '\x01' marks where they go).
//   - a text is two pieces, its opening tag and its words, so the tag is kept once.
// States' own shapes (ids "state-..") get tabindex="0", so a keyboard reaches them.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/figure/draw_target.hpp"
#include "export/html_tables.hpp"

namespace medmap::exporter {

// What all layers of one page share.
struct PageSvg {
    explicit PageSvg(std::string prefix) : id_prefix(std::move(prefix)) {}
    std::string id_prefix;   // every id in the page starts with it ("medmap-map-")
    std::string defs;        // <path id=..> and <clipPath> elements, each once
    StringTable elements;    // markup pieces and templates
    StringTable paints;      // ` fill="#rrggbb"`: a template's per-layer fill
    StringTable* texts = nullptr;  // data-class and data-value texts (the page's string table)
    std::unordered_map<std::uint64_t, int> geometry;  // path bytes' hash -> def number
    std::unordered_map<std::uint64_t, int> clips;     // clip's hash -> clipPath number
    // First ring's hash -> the def holding it and all its rings' hashes, to draw a stroked
    // union of earlier shapes (the state outlines) as <use>s of them instead of again.
    std::unordered_map<std::uint64_t, std::pair<int, std::vector<std::uint64_t>>> shapes_by_ring;
    int next_def = 0;
};

// One painted layer: element indices in paint order, and for each template among them
// three numbers: paint index, data-class text index and data-value text index (-1: none).
struct PaintedLayer {
    std::vector<int> elements;
    std::vector<int> shape_attributes;
};

// The markup of a painted layer, templates filled in (the page's first view; map.js does
// the same for the others).
std::string layer_markup(const PageSvg& svg, const PaintedLayer& layer);

class HtmlTarget final : public figure::DrawTarget {
public:
    explicit HtmlTarget(PageSvg& svg) : svg_(svg) {}

    void fill_rect(const geo::Box& box, figure::Rgba color, const figure::ShapeTags& tags) override;
    void stroke_rect(const geo::Box& box, figure::Rgba color, double width_px) override;
    void fill_path(const figure::PixelPath& path, figure::Rgba color, const figure::ShapeTags& tags) override;
    void stroke_path(const figure::PixelPath& path, figure::Rgba color, double width_px) override;
    void stroke_segments(const std::vector<figure::Segment>& lines, figure::Rgba color, double width_px) override;
    void stroke_lines_within(const figure::PixelPath& clip, const std::vector<figure::Segment>& lines,
                             figure::Rgba color, double width_px) override;
    void text(const figure::TextSlot& slot, std::string_view utf8, figure::Rgba color,
              figure::FontWeight weight) override;
    void push_clip(const geo::Box& box) override;
    void pop_clip() override;

    PaintedLayer take() { return std::move(layer_); }

private:
    void element(const std::string& markup);
    // A tagged shape: `opening` is the element up to its per-layer attributes.
    void shape(std::string opening, figure::Rgba color, const figure::ShapeTags& tags);
    std::string ref(int def) const;  // "#<prefix>gN"
    int path_def(const figure::PixelPath& path);
    int segments_def(const std::vector<figure::Segment>& lines);
    // The def numbers whose shapes make up `path` ring for ring, or empty.
    std::vector<int> known_shapes(const figure::PixelPath& path) const;

    PageSvg& svg_;
    PaintedLayer layer_;
};

}  // namespace medmap::exporter
