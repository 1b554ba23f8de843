#pragma once
// The file formats medmap exports, named the way users type them.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace medmap::exporter {

enum class Format { Png, Svg, Pdf, Html, Csv };  // Html: the interactive page (html_page.hpp); Csv: the layer as a table (csv_writer.hpp)

// "png", "svg", "pdf", "html" ("htm" too) or "csv" (case-insensitive); nullopt otherwise.
std::optional<Format> parse_format(std::string_view name);
// The format named by a path's extension ("map.SVG" -> Svg); nullopt when there is none we know.
std::optional<Format> format_from_extension(const std::filesystem::path& path);
// "png", "svg", "pdf", "csv": the file extension (without dot) and the name in messages.
std::string_view format_name(Format format);
// For usage messages.
inline constexpr std::string_view kFormatChoices = "png, svg, pdf, html or csv";

}  // namespace medmap::exporter
