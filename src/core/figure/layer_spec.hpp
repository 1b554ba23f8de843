#pragma once
// What the user asked to see: one specialty's metric, classed and coloured, possibly as
// the difference from the US figure, with or without state labels.
#include <optional>
#include <string>

#include "core/data/dataset.hpp"
#include "core/figure/classification.hpp"

namespace medmap::figure {

enum class Theme { Light, Dark };

// Where a diverging growth scale has its neutral middle.
enum class DivergingCentre { UsValue, Zero };

struct LayerSpec {
    std::string specialty = "emt";
    data::MetricId metric = data::MetricId::MedianWage;
    int wage_year = 0;  // 0: the dataset's default year
    std::optional<ClassMethod> method;  // empty: the layer's default (default_method)
    int classes = 5;      // 3..9; diverging scales use the next odd count
    std::string palette;  // empty: the layer's default palette (default_palette)
    Theme theme = Theme::Light;
    bool transparent_background = false;
    std::string subtitle;  // optional, user-given
    // Growth is diverging about the specialty's US growth, or about zero.
    DivergingCentre centre = DivergingCentre::UsValue;
    // Each state's difference from the US figure instead of the figure itself.
    bool vs_us = false;
    // USPS codes on the states that have room for them (callout boxes are always labelled).
    bool labels = false;
};

// Growth, and every "difference from US" view, use a diverging scale.
inline bool is_diverging(const LayerSpec& spec) { return spec.vs_us || spec.metric == data::MetricId::Growth; }

// Quantiles for wages and counts; for diverging scales symmetric steps of a round width
// ("pretty"), so one colour means the same distance from the centre on both sides.
inline ClassMethod default_method(const LayerSpec& spec) {
    return is_diverging(spec) ? ClassMethod::Pretty : ClassMethod::Quantile;
}
inline ClassMethod effective_method(const LayerSpec& spec) { return spec.method.value_or(default_method(spec)); }

}  // namespace medmap::figure
