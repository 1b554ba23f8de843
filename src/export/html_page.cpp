#include "export/html_page.hpp"

#include <cctype>

#include "core/base/atomic_file.hpp"
#include "export/csp_hash.hpp"
#include "export/font_check.hpp"
#include "export/html_page_data.hpp"
#include "export/svg_markup.hpp"
#include "export/web_assets.hpp"

namespace medmap::exporter {

namespace {

std::string escaped(std::string_view text) {
    std::string out;
    svg::append_escaped(out, text);
    return out;
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

// A <select> whose option values are slugs (or years) and whose texts are names.
std::string select(const std::string& id, std::string_view part, std::string_view label,
                   const std::vector<std::pair<std::string, std::string>>& options, const std::string& chosen) {
    std::string out = "<label for=\"" + id + "-" + std::string(part) + "\">" + std::string(label) + "</label>";
    out += "<select id=\"" + id + "-" + std::string(part) + "\" data-part=\"" + std::string(part) +
           "\" aria-label=\"" + std::string(label) + "\">";
    for (const auto& [value, text] : options)
        out += "<option value=\"" + escaped(value) + "\"" + (value == chosen ? " selected" : "") + ">" +
               escaped(text) + "</option>";
    return out + "</select>";
}

std::string controls(const data::Dataset& dataset, const figure::LayerSpec& first, const std::string& id) {
    std::vector<std::pair<std::string, std::string>> specialties, metrics, years;
    for (const data::Specialty& s : dataset.specialties()) specialties.emplace_back(s.slug, s.name);
    for (const data::Metric& m : dataset.metrics()) metrics.emplace_back(m.slug, m.name);
    for (int y : dataset.wage_years()) years.emplace_back(std::to_string(y), "May " + std::to_string(y));
    const int year = first.wage_year ? first.wage_year : dataset.default_wage_year();
    return "<div class=\"medmap-controls\"><span>" +
           select(id, "specialty", "Specialty", specialties, first.specialty) + "</span><span>" +
           select(id, "metric", "Metric", metrics, dataset.metric(first.metric).slug) + "</span><span>" +
           select(id, "year", "Year", years, std::to_string(year)) + "</span></div>";
}

std::string figure_svg(const PageData& data, const ExportOptions& options) {
    std::string out = "<svg class=\"medmap-figure\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ";
    svg::append_number(out, options.width);
    out += ' ';
    svg::append_number(out, options.height);
    out += "\" stroke-linejoin=\"round\" stroke-linecap=\"round\" role=\"group\" aria-label=\"Map: hover, or Tab "
           "to a state, for its figures; Enter pins, Esc releases\">\n<defs>\n" +
           data.svg.defs + "</defs>\n<g class=\"medmap-body\">\n" + data.initial_markup +
           "</g>\n<g class=\"medmap-marks\"></g>\n</svg>";
    return out;
}

std::string data_table(const PageData& data, const std::string& id) {
    return "<button type=\"button\" class=\"medmap-toggle\" aria-expanded=\"false\" aria-controls=\"" + id +
           "-data\">Show the data</button><div class=\"medmap-data medmap-hidden\" id=\"" + id +
           "-data\"><table><caption>" + escaped(data.initial_title) +
           "</caption><thead><tr><th scope=\"col\">State</th><th scope=\"col\"></th><th scope=\"col\">Class</th>"
           "</tr></thead><tbody>" + data.initial_table + "</tbody></table></div>";
}

}  // namespace

std::string page_id(const std::filesystem::path& out) {
    std::string id = "medmap-";
    for (char c : out.stem().string()) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) id += static_cast<char>(std::tolower(u));
        else if (id.back() != '-') id += '-';
    }
    while (id.back() == '-') id.pop_back();
    return id == "medmap" ? "medmap-map" : id;
}

std::string render_page(const data::Dataset& dataset, const geo::Atlas& atlas, const figure::LayerSpec& first,
                        const ExportOptions& options, const PageOptions& page) {
    validate(options);
    require_figure_font();  // the layout measures text with the figure's font
    PageData data(page.id + "-");
    build_page_data(data, dataset, atlas, first, options);

    const std::string& id = page.id;
    const std::string style = (page.embed ? std::string() : "\nbody{margin:0;background:" + data.page_color + "}") + "\n#" + id + "{" +
                              data.background + "}\n" +
                              replace_all(std::string(map_style()), "#MEDMAP", "#" + id);
    const std::string script = "\n(function () {\n" + std::string(map_script()) + "\nmedmapMap(document.getElementById(\"" +
                               id + "\"), " + data.json + ", " + (page.embed ? "false" : "true") + ");\n})();\n";
    const std::string body = "<div id=\"" + id + "\" class=\"medmap\">" + controls(dataset, first, id) +
                             figure_svg(data, options) + "<div class=\"medmap-tip\" id=\"" + id +
                             "-tip\" role=\"tooltip\" hidden></div>" + data_table(data, id) + "</div>\n";
    if (page.embed)
        return "<!-- medmap interactive map: " + escaped(data.initial_title) + " -->\n" + body + "<style>" + style +
               "</style>\n<script>" + script + "</script>\n";

    // Only this page's own inline style and script run; nothing else may load or connect.
    const std::string policy = "default-src 'none'; style-src " + csp_sha256(style) + "; script-src " +
                               csp_sha256(script) + "; img-src 'none'; base-uri 'none'; form-action 'none'";
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">\n<title>" +
           escaped(data.initial_title) + "</title>\n<style>" + style + "</style>\n</head>\n<body>\n" + body +
           "<script>" + script + "</script>\n</body>\n</html>\n";
}

void export_page(const std::filesystem::path& path, const data::Dataset& dataset, const geo::Atlas& atlas,
                 const figure::LayerSpec& first, const ExportOptions& options, const PageOptions& page) {
    write_file_atomically(path, render_page(dataset, atlas, first, options, page));
}

}  // namespace medmap::exporter
