#include "export/export_format.hpp"

#include <algorithm>
#include <cctype>

#include "core/base/utf8_text.hpp"

namespace medmap::exporter {

std::optional<Format> parse_format(std::string_view name) {
    const std::string lower = ascii_lowercase(std::string(name));
    if (lower == "png") return Format::Png;
    if (lower == "svg") return Format::Svg;
    if (lower == "pdf") return Format::Pdf;
    if (lower == "html" || lower == "htm") return Format::Html;
    if (lower == "csv") return Format::Csv;
    return std::nullopt;
}

std::optional<Format> format_from_extension(const std::filesystem::path& path) {
    const std::string ext = path.extension().string();
    if (ext.size() < 2) return std::nullopt;
    return parse_format(std::string_view(ext).substr(1));
}

std::string_view format_name(Format format) {
    switch (format) {
        case Format::Png: return "png";
        case Format::Svg: return "svg";
        case Format::Pdf: return "pdf";
        case Format::Html: return "html";
        case Format::Csv: return "csv";
    }
    return "png";
}

}  // namespace medmap::exporter
