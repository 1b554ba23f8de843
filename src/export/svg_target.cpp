#include "export/svg_target.hpp"

#include "export/svg_markup.hpp"

namespace medmap::exporter {

SvgTarget::SvgTarget(double width_px, double height_px, double scale) {
    out_.reserve(1 << 20);
    out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"";
    svg::append_attr(out_, "width", width_px * scale);
    svg::append_attr(out_, "height", height_px * scale);
    out_ += " viewBox=\"0 0 ";
    svg::append_number(out_, width_px);
    out_ += ' ';
    svg::append_number(out_, height_px);
    out_ += "\" stroke-linejoin=\"round\" stroke-linecap=\"round\">\n";
}

std::string SvgTarget::next_id(std::string_view prefix) {
    return std::string(prefix) + std::to_string(++next_id_);
}

void SvgTarget::fill_rect(const geo::Box& box, figure::Rgba color, const figure::ShapeTags& tags) {
    out_ += "<rect";
    svg::append_tags(out_, tags);
    svg::append_box(out_, box);
    svg::append_paint(out_, "fill", color);
    out_ += "/>\n";
}

void SvgTarget::stroke_rect(const geo::Box& box, figure::Rgba color, double width_px) {
    out_ += "<rect";
    svg::append_box(out_, box);
    out_ += " fill=\"none\"";
    svg::append_paint(out_, "stroke", color);
    svg::append_attr(out_, "stroke-width", width_px);
    out_ += "/>\n";
}

void SvgTarget::fill_path(const figure::PixelPath& path, figure::Rgba color, const figure::ShapeTags& tags) {
    out_ += "<path";
    svg::append_tags(out_, tags);
    svg::append_paint(out_, "fill", color);
    out_ += " fill-rule=\"evenodd\" d=\"";
    svg::append_path_data(out_, path);
    out_ += "\"/>\n";
}

void SvgTarget::stroke_path(const figure::PixelPath& path, figure::Rgba color, double width_px) {
    out_ += "<path fill=\"none\"";
    svg::append_paint(out_, "stroke", color);
    svg::append_attr(out_, "stroke-width", width_px);
    out_ += " d=\"";
    svg::append_path_data(out_, path);
    out_ += "\"/>\n";
}

void SvgTarget::stroke_segments(const std::vector<figure::Segment>& lines, figure::Rgba color, double width_px) {
    segments_path(lines, color, width_px, "");
}

void SvgTarget::stroke_lines_within(const figure::PixelPath& clip, const std::vector<figure::Segment>& lines,
                                    figure::Rgba color, double width_px) {
    const std::string id = next_id("hatch-clip-");
    out_ += "<clipPath id=\"" + id + "\"><path clip-rule=\"evenodd\" d=\"";
    svg::append_path_data(out_, clip);
    out_ += "\"/></clipPath>\n";
    segments_path(lines, color, width_px, " clip-path=\"url(#" + id + ")\"");
}

void SvgTarget::segments_path(const std::vector<figure::Segment>& lines, figure::Rgba color, double width_px,
                              const std::string& extra_attributes) {
    out_ += "<path fill=\"none\" stroke-linecap=\"butt\"" + extra_attributes;
    svg::append_paint(out_, "stroke", color);
    svg::append_attr(out_, "stroke-width", width_px);
    out_ += " d=\"";
    svg::append_segments_data(out_, lines);
    out_ += "\"/>\n";
}

void SvgTarget::text(const figure::TextSlot& slot, std::string_view utf8, figure::Rgba color,
                     figure::FontWeight weight) {
    svg::append_text(out_, slot, utf8, color, weight);
}

void SvgTarget::push_clip(const geo::Box& box) {
    const std::string id = next_id("clip-");
    out_ += "<clipPath id=\"" + id + "\"><rect";
    svg::append_box(out_, box);
    out_ += "/></clipPath>\n<g clip-path=\"url(#" + id + ")\">\n";
    ++open_groups_;
}

void SvgTarget::pop_clip() {
    if (open_groups_ == 0) return;
    out_ += "</g>\n";
    --open_groups_;
}

std::string SvgTarget::finish() {
    while (open_groups_ > 0) pop_clip();
    out_ += "</svg>\n";
    return std::move(out_);
}

}  // namespace medmap::exporter
