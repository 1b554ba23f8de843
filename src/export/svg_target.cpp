#include "export/svg_target.hpp"

#include <charconv>
#include <cmath>

#include "export/font_metrics.hpp"

namespace medmap::exporter {

namespace {

void append_escaped(std::string& out, std::string_view text) {
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            // XML 1.0 forbids most control characters; a user's subtitle might hold one.
            default: out += (static_cast<unsigned char>(c) < 0x20) ? ' ' : c;
        }
    }
}

void append_hex(std::string& out, figure::Rgba c) {
    static constexpr char kDigits[] = "0123456789abcdef";
    out += '#';
    for (std::uint8_t v : {c.r, c.g, c.b}) {
        out += kDigits[v >> 4];
        out += kDigits[v & 15];
    }
}

}  // namespace

SvgTarget::SvgTarget(double width_px, double height_px, double scale) {
    out_.reserve(1 << 20);
    out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"";
    attr("width", width_px * scale);
    attr("height", height_px * scale);
    out_ += " viewBox=\"0 0 ";
    number(width_px);
    out_ += ' ';
    number(height_px);
    out_ += "\" stroke-linejoin=\"round\" stroke-linecap=\"round\">\n";
}

// Hundredths of a pixel: finer than any screen or printer shows, and half the size of
// full precision.
void SvgTarget::number(double v) {
    const double rounded = std::round(v * 100) / 100;
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, rounded == 0 ? 0.0 : rounded);
    out_.append(buf, ec == std::errc() ? end : buf);
}

void SvgTarget::attr(std::string_view name, double v) {
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    number(v);
    out_ += '"';
}

void SvgTarget::paint(std::string_view property, figure::Rgba color) {
    out_ += ' ';
    out_ += property;
    out_ += "=\"";
    append_hex(out_, color);
    out_ += '"';
    if (color.a != 255) {
        out_ += ' ';
        out_ += property;
        out_ += "-opacity=\"";
        number(color.a / 255.0);
        out_ += '"';
    }
}

void SvgTarget::path_data(const figure::PixelPath& path) {
    out_ += " d=\"";
    for (const geo::Ring& ring : path.rings) {
        if (ring.size() < 3) continue;
        char command = 'M';
        for (const geo::Vec2& p : ring) {
            out_ += command;
            number(p.x);
            out_ += ' ';
            number(p.y);
            command = 'L';
        }
        out_ += 'Z';
    }
    out_ += '"';
}

std::string SvgTarget::next_id(std::string_view prefix) {
    return std::string(prefix) + std::to_string(++next_id_);
}

void SvgTarget::tag_attributes(const figure::ShapeTags& tags) {
    auto text_attr = [&](std::string_view name, std::string_view value) {
        out_ += ' ';
        out_ += name;
        out_ += "=\"";
        append_escaped(out_, value);
        out_ += '"';
    };
    if (!tags.id.empty()) text_attr("id", tags.id);
    if (tags.is_state()) {
        text_attr("data-usps", tags.usps);
        text_attr("data-value", tags.value);  // empty for no data, but present
    }
    if (!tags.class_key.empty()) text_attr("data-class", tags.class_key);
}

void SvgTarget::fill_rect(const geo::Box& box, figure::Rgba color, const figure::ShapeTags& tags) {
    out_ += "<rect";
    tag_attributes(tags);
    attr("x", box.min_x);
    attr("y", box.min_y);
    attr("width", box.width());
    attr("height", box.height());
    paint("fill", color);
    out_ += "/>\n";
}

void SvgTarget::stroke_rect(const geo::Box& box, figure::Rgba color, double width_px) {
    out_ += "<rect";
    attr("x", box.min_x);
    attr("y", box.min_y);
    attr("width", box.width());
    attr("height", box.height());
    out_ += " fill=\"none\"";
    paint("stroke", color);
    attr("stroke-width", width_px);
    out_ += "/>\n";
}

void SvgTarget::fill_path(const figure::PixelPath& path, figure::Rgba color, const figure::ShapeTags& tags) {
    out_ += "<path";
    tag_attributes(tags);
    paint("fill", color);
    out_ += " fill-rule=\"evenodd\"";
    path_data(path);
    out_ += "/>\n";
}

void SvgTarget::stroke_path(const figure::PixelPath& path, figure::Rgba color, double width_px) {
    out_ += "<path fill=\"none\"";
    paint("stroke", color);
    attr("stroke-width", width_px);
    path_data(path);
    out_ += "/>\n";
}

void SvgTarget::stroke_segments(const std::vector<figure::Segment>& lines, figure::Rgba color, double width_px) {
    segments_path(lines, color, width_px, "");
}

void SvgTarget::stroke_lines_within(const figure::PixelPath& clip, const std::vector<figure::Segment>& lines,
                                    figure::Rgba color, double width_px) {
    const std::string id = next_id("hatch-clip-");
    out_ += "<clipPath id=\"" + id + "\"><path clip-rule=\"evenodd\"";
    path_data(clip);
    out_ += "/></clipPath>\n";
    segments_path(lines, color, width_px, " clip-path=\"url(#" + id + ")\"");
}

void SvgTarget::segments_path(const std::vector<figure::Segment>& lines, figure::Rgba color, double width_px,
                              const std::string& extra_attributes) {
    out_ += "<path fill=\"none\" stroke-linecap=\"butt\"" + extra_attributes;
    paint("stroke", color);
    attr("stroke-width", width_px);
    out_ += " d=\"";
    for (const figure::Segment& s : lines) {
        out_ += 'M';
        number(s.from.x);
        out_ += ' ';
        number(s.from.y);
        out_ += 'L';
        number(s.to.x);
        out_ += ' ';
        number(s.to.y);
    }
    out_ += "\"/>\n";
}

void SvgTarget::text(const figure::TextSlot& slot, std::string_view utf8, figure::Rgba color,
                     figure::FontWeight weight) {
    if (utf8.empty()) return;
    out_ += "<text";
    attr("x", slot.top_left.x);
    attr("y", slot.top_left.y + font_ascent_px(slot.size_px, weight));
    out_ += " font-family=\"";
    out_ += kFontFamily;
    out_ += ", sans-serif\"";
    attr("font-size", slot.size_px);
    if (weight == figure::FontWeight::Bold) out_ += " font-weight=\"bold\"";
    paint("fill", color);
    out_ += '>';
    append_escaped(out_, utf8);
    out_ += "</text>\n";
}

void SvgTarget::push_clip(const geo::Box& box) {
    const std::string id = next_id("clip-");
    out_ += "<clipPath id=\"" + id + "\"><rect";
    attr("x", box.min_x);
    attr("y", box.min_y);
    attr("width", box.width());
    attr("height", box.height());
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
