#pragma once
// The interactive map as one self-contained web page (or, with `embed`, a fragment of one
// <div>, one <style> and one <script> to paste into an article): every specialty x metric x
// wage year, painted by the core's painter at export time, with the window's tooltips, a
// data table and keyboard access. Nothing is fetched when it is viewed.
#include <filesystem>
#include <string>

#include "core/data/dataset.hpp"
#include "core/figure/layer_spec.hpp"
#include "core/geo/albers_usa.hpp"
#include "export/exporter.hpp"

namespace medmap::exporter {

struct PageOptions {
    bool embed = false;
    // The map's element id, and the prefix of every id and CSS rule in it, so two maps can
    // live on one page: "medmap-" and the output file's name (page_id).
    std::string id = "medmap-map";
};

// "medmap-" + the file name's stem in lower-case letters, digits and dashes
// ("TX map.html" -> "medmap-tx-map").
std::string page_id(const std::filesystem::path& out);

// The page's bytes; `first` is the layer shown first. Throws as build_figure.
std::string render_page(const data::Dataset& dataset, const geo::Atlas& atlas, const figure::LayerSpec& first,
                        const ExportOptions& options, const PageOptions& page);

// Renders, then writes atomically (as export_figure).
void export_page(const std::filesystem::path& path, const data::Dataset& dataset, const geo::Atlas& atlas,
                 const figure::LayerSpec& first, const ExportOptions& options, const PageOptions& page);

}  // namespace medmap::exporter
