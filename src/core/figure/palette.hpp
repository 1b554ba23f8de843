#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/figure/color.hpp"
#include "core/figure/palette_tables.hpp"

namespace medmap::figure {

// `count` colours (3..9; fewer are taken from the 3-colour set) of a named palette, light
// to dark for sequential ones. nullopt for an unknown name.
std::optional<std::vector<Rgba>> palette_colors(const std::string& name, int count);
std::vector<std::string> palette_names(PaletteKind kind);
// The colour-blind-safe default palette: YlGnBu for wages, Purples for counts, and for
// diverging layers (growth, differences from US) BrBG: brown to teal, never the red and
// blue that read as politics on a US map.
std::string default_palette(data::MetricId metric, bool diverging);
// A colour at position t (0..1) along a palette's 9-class ramp, interpolated in sRGB;
// used for unclassed maps.
Rgba ramp_color(const std::string& name, double t);

}  // namespace medmap::figure
