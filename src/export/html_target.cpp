#include "export/html_target.hpp"

#include <functional>
#include <string_view>

#include "core/figure/path_identity.hpp"
#include "export/svg_markup.hpp"

namespace medmap::exporter {

namespace {

constexpr char kShapeSlot = '\x01';

std::uint64_t bytes_hash(const void* data, std::size_t size) {
    return std::hash<std::string_view>{}(std::string_view(static_cast<const char*>(data), size));
}

using figure::combine_identity;

std::string stroke_attributes(figure::Rgba color, double width_px) {
    std::string out = " fill=\"none\"";
    svg::append_paint(out, "stroke", color);
    svg::append_attr(out, "stroke-width", width_px);
    return out;
}

}  // namespace

std::string layer_markup(const PageSvg& svg, const PaintedLayer& layer) {
    const auto& texts = svg.texts->items();
    std::string out;
    std::size_t shape = 0;
    for (int index : layer.elements) {
        const std::string& piece = svg.elements.items()[static_cast<std::size_t>(index)];
        const std::size_t slot = piece.find(kShapeSlot);
        if (slot == std::string::npos) {
            out += piece;
            continue;
        }
        const int* a = &layer.shape_attributes[3 * shape++];
        out.append(piece, 0, slot);
        out += svg.paints.items()[static_cast<std::size_t>(a[0])];
        svg::append_text_attr(out, "data-class", texts[static_cast<std::size_t>(a[1])]);
        if (a[2] >= 0) svg::append_text_attr(out, "data-value", texts[static_cast<std::size_t>(a[2])]);
        out.append(piece, slot + 1);
    }
    return out;
}

void HtmlTarget::element(const std::string& markup) { layer_.elements.push_back(svg_.elements.add(markup)); }

std::string HtmlTarget::ref(int def) const { return "#" + svg_.id_prefix + "g" + std::to_string(def); }

void HtmlTarget::shape(std::string opening, figure::Rgba color, const figure::ShapeTags& tags) {
    opening += kShapeSlot;
    opening += "/>\n";
    layer_.elements.push_back(svg_.elements.add(opening));
    std::string paint;
    svg::append_paint(paint, "fill", color);
    layer_.shape_attributes.push_back(svg_.paints.add(paint));
    layer_.shape_attributes.push_back(svg_.texts->add(tags.class_key));
    layer_.shape_attributes.push_back(tags.is_state() ? svg_.texts->add(tags.value) : -1);
}

// id and data-usps stay with the shape; fill, data-class and data-value change per layer.
static std::string shape_opening(std::string_view element, const figure::ShapeTags& tags, std::string_view prefix) {
    std::string out = "<" + std::string(element);
    if (!tags.id.empty()) svg::append_text_attr(out, "id", std::string(prefix) + tags.id);
    if (tags.is_state()) {
        svg::append_text_attr(out, "data-usps", tags.usps);
        if (tags.id.rfind("state-", 0) == 0) out += " tabindex=\"0\"";
    }
    return out;
}

int HtmlTarget::path_def(const figure::PixelPath& path) {
    const std::uint64_t h = figure::identity_of(path);
    auto [it, inserted] = svg_.geometry.try_emplace(h, svg_.next_def);
    if (!inserted) return it->second;
    const int def = svg_.next_def++;
    svg_.defs += "<path id=\"" + ref(def).substr(1) + "\" d=\"";
    svg::append_path_data(svg_.defs, path);
    svg_.defs += "\"/>\n";
    if (!path.rings.empty()) {
        std::vector<std::uint64_t> rings;
        for (const geo::Ring& ring : path.rings) rings.push_back(figure::ring_identity(ring));
        svg_.shapes_by_ring.try_emplace(rings.front(), def, std::move(rings));
    }
    return def;
}

int HtmlTarget::segments_def(const std::vector<figure::Segment>& lines) {
    const std::uint64_t h = combine_identity(0x2545f4914f6cdd1dULL, bytes_hash(lines.data(), lines.size() * sizeof(figure::Segment)));
    auto [it, inserted] = svg_.geometry.try_emplace(h, svg_.next_def);
    if (!inserted) return it->second;
    const int def = svg_.next_def++;
    svg_.defs += "<path id=\"" + ref(def).substr(1) + "\" d=\"";
    svg::append_segments_data(svg_.defs, lines);
    svg_.defs += "\"/>\n";
    return def;
}

std::vector<int> HtmlTarget::known_shapes(const figure::PixelPath& path) const {
    std::vector<int> defs;
    if (!path.part_identities.empty()) {  // the core says which shapes: no ring to hash
        defs.reserve(path.part_identities.size());
        for (std::uint64_t part : path.part_identities) {
            const auto it = svg_.geometry.find(part);
            if (it == svg_.geometry.end()) return {};
            defs.push_back(it->second);
        }
        return defs;
    }
    std::size_t i = 0;
    while (i < path.rings.size()) {
        auto it = svg_.shapes_by_ring.find(figure::ring_identity(path.rings[i]));
        if (it == svg_.shapes_by_ring.end()) return {};
        const auto& rings = it->second.second;
        if (i + rings.size() > path.rings.size()) return {};
        for (std::size_t k = 1; k < rings.size(); ++k)
            if (figure::ring_identity(path.rings[i + k]) != rings[k]) return {};
        defs.push_back(it->second.first);
        i += rings.size();
    }
    return defs;
}

void HtmlTarget::fill_rect(const geo::Box& box, figure::Rgba color, const figure::ShapeTags& tags) {
    if (tags.is_state() || !tags.class_key.empty()) {
        std::string opening = shape_opening("rect", tags, svg_.id_prefix);
        svg::append_box(opening, box);
        shape(std::move(opening), color, tags);
        return;
    }
    std::string out = "<rect";
    if (!tags.id.empty()) svg::append_text_attr(out, "id", svg_.id_prefix + tags.id);
    svg::append_box(out, box);
    svg::append_paint(out, "fill", color);
    element(out + "/>\n");
}

void HtmlTarget::stroke_rect(const geo::Box& box, figure::Rgba color, double width_px) {
    std::string out = "<rect";
    svg::append_box(out, box);
    element(out + stroke_attributes(color, width_px) + "/>\n");
}

void HtmlTarget::fill_path(const figure::PixelPath& path, figure::Rgba color, const figure::ShapeTags& tags) {
    std::string opening = shape_opening("use", tags, svg_.id_prefix);
    opening += " href=\"" + ref(path_def(path)) + "\" fill-rule=\"evenodd\"";
    if (tags.is_state() || !tags.class_key.empty()) {
        shape(std::move(opening), color, tags);
        return;
    }
    svg::append_paint(opening, "fill", color);
    element(opening + "/>\n");
}

void HtmlTarget::stroke_path(const figure::PixelPath& path, figure::Rgba color, double width_px) {
    // Strokes of separate shapes only equal one stroked union where they are opaque
    // (overlapping translucent strokes would darken shared borders).
    const std::vector<int> parts = color.a == 255 ? known_shapes(path) : std::vector<int>{};
    if (parts.empty()) {
        element("<use href=\"" + ref(path_def(path)) + "\"" + stroke_attributes(color, width_px) + "/>\n");
        return;
    }
    std::string out = "<g" + stroke_attributes(color, width_px) + ">";
    for (int def : parts) out += "<use href=\"" + ref(def) + "\"/>";
    element(out + "</g>\n");
}

void HtmlTarget::stroke_segments(const std::vector<figure::Segment>& lines, figure::Rgba color, double width_px) {
    if (lines.empty()) return;
    element("<use href=\"" + ref(segments_def(lines)) + "\" stroke-linecap=\"butt\"" +
            stroke_attributes(color, width_px) + "/>\n");
}

void HtmlTarget::stroke_lines_within(const figure::PixelPath& clip, const std::vector<figure::Segment>& lines,
                                     figure::Rgba color, double width_px) {
    if (lines.empty()) return;
    const int shape_def = path_def(clip);
    const std::string clip_id = svg_.id_prefix + "h" + std::to_string(shape_def);
    if (svg_.clips.try_emplace(combine_identity(1, static_cast<std::uint64_t>(shape_def)), shape_def).second)
        svg_.defs += "<clipPath id=\"" + clip_id + "\"><use href=\"" + ref(shape_def) +
                     "\" clip-rule=\"evenodd\"/></clipPath>\n";
    element("<use href=\"" + ref(segments_def(lines)) + "\" stroke-linecap=\"butt\"" +
            stroke_attributes(color, width_px) + " clip-path=\"url(#" + clip_id + ")\"/>\n");
}

void HtmlTarget::text(const figure::TextSlot& slot, std::string_view utf8, figure::Rgba color,
                      figure::FontWeight weight) {
    std::string out;
    svg::append_text(out, slot, utf8, color, weight);
    if (out.empty()) return;
    // The opening tag (position, size, weight, colour) and the words as two pieces: the same
    // place in every layer (title, subtitle, source line, legend labels) keeps its
    // attributes once, and each layer adds only its words.
    const std::size_t words = out.find('>') + 1;
    element(out.substr(0, words));
    element(out.substr(words));
}

void HtmlTarget::push_clip(const geo::Box& box) {
    const std::uint64_t h = combine_identity(2, bytes_hash(&box, sizeof box));
    auto [it, inserted] = svg_.clips.try_emplace(h, svg_.next_def);
    if (inserted) {
        ++svg_.next_def;
        svg_.defs += "<clipPath id=\"" + svg_.id_prefix + "c" + std::to_string(it->second) + "\"><rect";
        svg::append_box(svg_.defs, box);
        svg_.defs += "/></clipPath>\n";
    }
    element("<g clip-path=\"url(#" + svg_.id_prefix + "c" + std::to_string(it->second) + ")\">\n");
}

void HtmlTarget::pop_clip() { element("</g>\n"); }

}  // namespace medmap::exporter
