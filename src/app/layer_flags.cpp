#include "app/layer_flags.hpp"

#include <CLI/CLI.hpp>
#include <charconv>

#include "core/base/input_error.hpp"
#include "core/data/metric_slugs.hpp"
#include "core/figure/palette.hpp"

namespace medmap::app {

namespace {

int parse_classes(const std::string& text) {
    int value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end || value < figure::kMinClasses || value > figure::kMaxClasses)
        throw UsageError("--classes: expected a whole number from " + std::to_string(figure::kMinClasses) + " to " +
                         std::to_string(figure::kMaxClasses) + ", got '" + text + "'");
    return value;
}

std::string all_palette_names() {
    std::string names;
    for (auto kind : {figure::PaletteKind::Sequential, figure::PaletteKind::Diverging})
        for (const auto& name : figure::palette_names(kind)) names += (names.empty() ? "" : ", ") + name;
    return names;
}

}  // namespace

void add_layer_flags(CLI::App& command, LayerFlags& flags) {
    command.add_option("--classes", flags.classes, "Number of classes, 3-9 (diverging scales use the next odd number)")
        ->option_text("N");
    command.add_option("--method", flags.method, "Classification: quantile, equal, jenks, pretty or unclassed")
        ->option_text("METHOD");
    command.add_option("--palette", flags.palette, "Colour palette, e.g. viridis or BrBG (medmap list shows all)")
        ->option_text("NAME");
    command.add_option("--center", flags.centre, "Centre of the diverging growth scale: us (default) or zero")
        ->option_text("us|zero");
    command.add_flag("--vs-us", flags.vs_us, "Map each state's difference from the US figure");
    command.add_flag("--labels", flags.labels, "Label the states that have room with their USPS code");
}

void apply_layer_flags(const LayerFlags& flags, figure::LayerSpec& spec) {
    if (flags.classes) spec.classes = parse_classes(*flags.classes);
    if (flags.method) {
        const auto method = figure::class_method_from_string(*flags.method);
        if (!method)
            throw UsageError("--method: unknown method '" + *flags.method + "' (expected " +
                             figure::kClassMethodChoices + ")");
        spec.method = *method;
    }
    if (flags.palette) {
        if (!figure::palette_colors(*flags.palette, 5))
            throw UsageError("--palette: unknown palette '" + *flags.palette + "' (expected one of: " +
                             all_palette_names() + ")");
        spec.palette = *flags.palette;
    }
    if (flags.centre) {
        if (*flags.centre == "us") spec.centre = figure::DivergingCentre::UsValue;
        else if (*flags.centre == "zero") spec.centre = figure::DivergingCentre::Zero;
        else throw UsageError("--center: unknown centre '" + *flags.centre + "' (expected us or zero)");
    }
    if (flags.vs_us) spec.vs_us = true;
    if (flags.labels) spec.labels = true;
}

std::string layer_flags_text(const figure::LayerSpec& l) {
    std::string flags = "--specialty " + l.specialty + " --metric " + std::string(data::metric_slug(l.metric)) +
                        " --year " + std::to_string(l.wage_year) + " --method " +
                        figure::to_string(figure::effective_method(l)) + " --classes " + std::to_string(l.classes);
    if (!l.palette.empty()) flags += " --palette " + l.palette;
    flags += std::string(" --center ") + (l.centre == figure::DivergingCentre::Zero ? "zero" : "us");
    if (l.vs_us) flags += " --vs-us";
    if (l.labels) flags += " --labels";
    return flags;
}

}  // namespace medmap::app
