#include "export/svg_markup.hpp"

#include <charconv>
#include <cmath>

#include "export/font_metrics.hpp"

namespace medmap::exporter::svg {

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

void append_number(std::string& out, double v) {
    const double rounded = std::round(v * 100) / 100;
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, rounded == 0 ? 0.0 : rounded);
    out.append(buf, ec == std::errc() ? end : buf);
}

void append_attr(std::string& out, std::string_view name, double v) {
    out += ' ';
    out += name;
    out += "=\"";
    append_number(out, v);
    out += '"';
}

void append_text_attr(std::string& out, std::string_view name, std::string_view value) {
    out += ' ';
    out += name;
    out += "=\"";
    append_escaped(out, value);
    out += '"';
}

void append_paint(std::string& out, std::string_view property, figure::Rgba color) {
    static constexpr char kDigits[] = "0123456789abcdef";
    out += ' ';
    out += property;
    out += "=\"#";
    for (std::uint8_t v : {color.r, color.g, color.b}) {
        out += kDigits[v >> 4];
        out += kDigits[v & 15];
    }
    out += '"';
    if (color.a != 255) {
        out += ' ';
        out += property;
        out += "-opacity=\"";
        append_number(out, color.a / 255.0);
        out += '"';
    }
}

void append_box(std::string& out, const geo::Box& box) {
    append_attr(out, "x", box.min_x);
    append_attr(out, "y", box.min_y);
    append_attr(out, "width", box.width());
    append_attr(out, "height", box.height());
}

void append_path_data(std::string& out, const figure::PixelPath& path) {
    for (const geo::Ring& ring : path.rings) {
        if (ring.size() < 3) continue;
        char command = 'M';
        for (const geo::Vec2& p : ring) {
            out += command;
            append_number(out, p.x);
            out += ' ';
            append_number(out, p.y);
            command = 'L';
        }
        out += 'Z';
    }
}

void append_segments_data(std::string& out, const std::vector<figure::Segment>& lines) {
    for (const figure::Segment& s : lines) {
        out += 'M';
        append_number(out, s.from.x);
        out += ' ';
        append_number(out, s.from.y);
        out += 'L';
        append_number(out, s.to.x);
        out += ' ';
        append_number(out, s.to.y);
    }
}

void append_tags(std::string& out, const figure::ShapeTags& tags, std::string_view id_prefix) {
    if (!tags.id.empty()) append_text_attr(out, "id", std::string(id_prefix) + tags.id);
    if (tags.is_state()) {
        append_text_attr(out, "data-usps", tags.usps);
        append_text_attr(out, "data-value", tags.value);  // empty for no data, but present
    }
    if (!tags.class_key.empty()) append_text_attr(out, "data-class", tags.class_key);
}

void append_text(std::string& out, const figure::TextSlot& slot, std::string_view utf8, figure::Rgba color,
                 figure::FontWeight weight) {
    if (utf8.empty()) return;
    out += "<text";
    append_attr(out, "x", slot.top_left.x);
    append_attr(out, "y", slot.top_left.y + font_ascent_px(slot.size_px, weight));
    out += " font-family=\"";
    out += kFontFamily;
    out += ", sans-serif\"";
    append_attr(out, "font-size", slot.size_px);
    if (weight == figure::FontWeight::Bold) out += " font-weight=\"bold\"";
    append_paint(out, "fill", color);
    out += '>';
    append_escaped(out, utf8);
    out += "</text>\n";
}

}  // namespace medmap::exporter::svg
