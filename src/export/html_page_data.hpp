#pragma once
// Every layer of a web page, painted by the core's painter onto HtmlTarget and gathered
// into the tables the page's script reads (see html_target.hpp and src/export/web/map.js).
#include <string>

#include "core/data/dataset.hpp"
#include "core/figure/layer_spec.hpp"
#include "core/geo/albers_usa.hpp"
#include "export/exporter.hpp"
#include "export/html_target.hpp"

namespace medmap::exporter {

struct PageData {
    explicit PageData(std::string id_prefix) : svg(std::move(id_prefix)) { svg.texts = &strings; }
    PageData(const PageData&) = delete;
    PageData& operator=(const PageData&) = delete;

    StringTable strings;
    ListTable lists;
    PageSvg svg;
    std::string json;            // the script's data, safe inside <script>
    std::string initial_markup;  // the first layer's SVG body
    std::string initial_title;
    std::string initial_table;   // <table> rows of the first layer
    std::string background;      // the theme's colours as CSS custom properties (--bg, --fg, ...)
    std::string page_color;      // the figure's background, for the page around it
};

// Paints every specialty x metric x wage year styled like `first` (which is shown first).
// Throws as build_figure.
void build_page_data(PageData& page, const data::Dataset& dataset, const geo::Atlas& atlas,
                     const figure::LayerSpec& first, const ExportOptions& options);

}  // namespace medmap::exporter
