// Exports draw the core's callout boxes (filled like their state, hatched without data),
// its labels and the unclassed gradient legend, in PNG, SVG and PDF alike.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "core/figure/state_labels.hpp"
#include "export/exporter.hpp"
#include "export/font_metrics.hpp"
#include "export_test_support.hpp"

using namespace medmap;
using namespace export_test;
using exporter::ExportOptions;
using exporter::Format;
using Catch::Matchers::Contains;

namespace {

figure::Figure figure_with(figure::LayerSpec spec) { return figure::build_figure(dataset(), atlas(), spec); }

geo::Box pixels_of(const geo::Box& map_box, const geo::ViewTransform& view) {
    geo::Box px;
    px.include(view.to_screen({map_box.min_x, map_box.min_y}));
    px.include(view.to_screen({map_box.max_x, map_box.max_y}));
    return px;
}

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("PNG: each callout box is its state's fill, or the no-data fill and hatch") {
    TempDir dir;
    figure::LayerSpec spec;
    spec.specialty = "mri";  // MRI growth: DC and VT have no projection
    spec.metric = data::MetricId::Growth;
    const auto fig = figure_with(spec);
    REQUIRE(fig.callouts.size() == 9);
    const ExportOptions options;
    exporter::export_figure(dir / "map.png", fig, atlas(), options);
    const Image image = read_png(dir / "map.png");
    const auto layout = exporter::export_layout(fig, atlas(), options);
    int hatched_boxes = 0;
    for (const auto& c : fig.callouts) {
        const auto& style = fig.states[c.state];
        const geo::Box box = pixels_of(c.box, layout.view);
        INFO(atlas().states[c.state].usps << " box " << box.min_x << "," << box.min_y << " " << box.width());
        if (!style.no_data()) {
            // A corner of the box, inside its frame and away from the code in the middle.
            const geo::Vec2 corner{box.min_x + 4, box.min_y + 4};
            INFO("got " << describe(image.at(corner)) << ", want " << describe(style.fill));
            CHECK(same_color(image.at(corner), style.fill));
            continue;
        }
        ++hatched_boxes;
        int plain = 0, hatch = 0;
        for (int x = static_cast<int>(box.min_x) + 3; x < static_cast<int>(box.max_x) - 3; ++x) {
            const Pixel p = image.at(x, static_cast<int>(box.min_y) + 4);
            plain += same_color(p, fig.colors.no_data, 0);
            hatch += same_color(p, fig.colors.no_data_hatch, 40);
        }
        CHECK(plain > 0);
        CHECK(hatch > 0);
    }
    CHECK(hatched_boxes == 2);
}

TEST_CASE("PNG: labels are drawn in their colour at their place, without --labels only the boxes' codes") {
    TempDir dir;
    figure::LayerSpec spec;
    spec.labels = true;
    const auto fig = figure_with(spec);
    const ExportOptions options;
    exporter::export_figure(dir / "labels.png", fig, atlas(), options);
    spec.labels = false;
    const auto plain_fig = figure_with(spec);
    exporter::export_figure(dir / "plain.png", plain_fig, atlas(), options);
    const Image with = read_png(dir / "labels.png"), without = read_png(dir / "plain.png");
    const auto layout = exporter::export_layout(fig, atlas(), options);
    const auto& labels = layout.labels;
    int checked = 0;
    for (const auto& l : labels) {
        if (l.in_callout) continue;
        const double w = exporter::text_advance_px(l.text, l.slot.size_px, figure::FontWeight::Bold);
        int ink = 0, ink_without = 0;
        for (int y = static_cast<int>(l.centre.y - l.slot.size_px * 0.3); y <= static_cast<int>(l.centre.y + l.slot.size_px * 0.3); ++y)
            for (int x = static_cast<int>(l.centre.x - w / 2); x <= static_cast<int>(l.centre.x + w / 2); ++x) {
                ink += same_color(with.at(x, y), l.color, 30);
                ink_without += same_color(without.at(x, y), l.color, 30);
            }
        INFO(l.text);
        CHECK(ink > 8);
        CHECK(ink_without < ink);
        ++checked;
    }
    CHECK(checked >= 35);
}

TEST_CASE("SVG and PDF: callouts are paths named for their state, labels are text") {
    TempDir dir;
    figure::LayerSpec spec;
    spec.metric = data::MetricId::Growth;
    spec.labels = true;
    const auto fig = figure_with(spec);
    ExportOptions options;
    options.format = Format::Svg;
    exporter::export_figure(dir / "map.svg", fig, atlas(), options);
    const std::string svg = read_text(dir / "map.svg");
    for (const char* st : {"DC", "RI", "DE", "CT", "NJ", "MD", "MA", "VT", "NH"})
        CHECK_THAT(svg, Contains(std::string("id=\"callout-") + st + "\""));
    CHECK_THAT(svg, Contains(">TX</text>"));
    CHECK_THAT(svg, Contains(">DC</text>"));

    options.format = Format::Pdf;
    exporter::export_figure(dir / "map.pdf", fig, atlas(), options);
    const auto text = run_command("pdftotext " + quoted((dir / "map.pdf").string()) + " -");
    REQUIRE(text.status == 0);
    CHECK_THAT(text.out, Contains("TX"));
    CHECK_THAT(text.out, Contains("RI"));
}

TEST_CASE("PNG: the unclassed legend is a continuous bar of the ramp's colours") {
    TempDir dir;
    figure::LayerSpec spec;
    spec.method = figure::ClassMethod::Unclassed;
    spec.metric = data::MetricId::Growth;
    const auto fig = figure_with(spec);
    REQUIRE(fig.legend.gradient);
    const ExportOptions options;
    exporter::export_figure(dir / "map.png", fig, atlas(), options);
    const Image image = read_png(dir / "map.png");
    const auto layout = exporter::export_layout(fig, atlas(), options);
    REQUIRE(layout.legend_gradient);
    const auto& bar = layout.legend_gradient->bar;
    const auto& colors = fig.legend.gradient->colors;
    for (std::size_t i = 2; i + 2 < colors.size(); i += 6) {
        const double x = bar.min_x + bar.width() * (static_cast<double>(i) + 0.5) / static_cast<double>(colors.size());
        const geo::Vec2 at{x, bar.center().y};
        INFO("slice " << i << ": got " << describe(image.at(at)) << ", want " << describe(colors[i]));
        CHECK(same_color(image.at(at), colors[i], 2));
    }
    // The centre tick (US growth) is drawn in the text colour.
    const auto& tick = layout.legend_gradient->centre_tick;
    REQUIRE_FALSE(tick.empty());
    CHECK(same_color(image.at({tick.center().x, tick.min_y + 1}), fig.colors.text, 40));
}
