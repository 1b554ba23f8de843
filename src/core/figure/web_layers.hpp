#pragma once
// Every layer a published web page offers (each specialty x metric x wage year the stats
// hold), with what a reader sees for each: the figure, the window's tooltip for every
// state, and the value as written in the data table. All decided here, at export time, so
// the page's script only shows what the core made and never classifies or formats.
#include <string>
#include <vector>

#include "core/figure/figure.hpp"
#include "core/figure/layout.hpp"
#include "core/figure/state_report.hpp"

namespace medmap::figure {

// `base` for every specialty, metric and wage year, in the dataset's order; the style
// flags (theme, classes, method, palette, centre, vs US, labels, subtitle) stay as given.
std::vector<LayerSpec> every_layer(const data::Dataset& dataset, const LayerSpec& base);

// The window's tooltip for every state (parallel to atlas.states) of `spec`'s specialty and
// wage year.
std::vector<StateReport> state_reports(const data::Dataset& dataset, const geo::Atlas& atlas, const LayerSpec& spec);

// Each state's value as the data table writes it: "$32,660", "+4.1%", "no data".
std::vector<std::string> value_texts(const Figure& figure);

// One view for every layer, so the map is drawn once and stays put when the layer
// changes: the smallest of the layouts' views (a wider legend leaves the map less room),
// which fits the map inside each of their frames. Sets it on every layout.
void share_view(std::vector<FigureLayout>& layouts, const std::vector<Figure>& figures, const geo::Atlas& atlas,
                const TextMeasure& measure);

}  // namespace medmap::figure
