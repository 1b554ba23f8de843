#pragma once
// The pieces of SVG markup both SVG writers need: the SVG export (svg_target) and the web
// page (html_target), so a number, colour, path or text is written one way in both.
#include <string>
#include <string_view>
#include <vector>

#include "core/figure/draw_target.hpp"

namespace medmap::exporter::svg {

// Text for XML content and attribute values (&, <, >, " escaped; control characters as spaces).
void append_escaped(std::string& out, std::string_view text);
// A coordinate to hundredths of a pixel: finer than any screen or printer shows.
void append_number(std::string& out, double v);
// ` name="v"`
void append_attr(std::string& out, std::string_view name, double v);
// ` name="text"`, escaped.
void append_text_attr(std::string& out, std::string_view name, std::string_view value);
// ` fill="#rrggbb"` (plus ` fill-opacity` when not opaque), for property "fill" or "stroke".
void append_paint(std::string& out, std::string_view property, figure::Rgba color);
// ` x=".." y=".." width=".." height=".."`
void append_box(std::string& out, const geo::Box& box);
// "M..L..Z" for each ring of three or more points.
void append_path_data(std::string& out, const figure::PixelPath& path);
// "M..L.." for each segment.
void append_segments_data(std::string& out, const std::vector<figure::Segment>& lines);
// id (prefixed) and data-usps / data-value / data-class, so the drawing stays scriptable
// and accessible.
void append_tags(std::string& out, const figure::ShapeTags& tags, std::string_view id_prefix = {});
// A whole <text> element whose em box's top-left corner is at slot.top_left.
void append_text(std::string& out, const figure::TextSlot& slot, std::string_view utf8, figure::Rgba color,
                 figure::FontWeight weight);

}  // namespace medmap::exporter::svg
