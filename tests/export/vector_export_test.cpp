// SVG and PDF are true vector files (paths, real text) that other tools read and draw
// with the same colours at the same states as the PNG.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "core/geo/picker.hpp"
#include "export/exporter.hpp"
#include "export_test_support.hpp"

using namespace medmap;
using namespace export_test;
using exporter::ExportOptions;
using exporter::Format;
using Catch::Matchers::Contains;

namespace {

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The colours at the interior points of TX, CA, NY and MI in `image` are the figure's.
void check_state_colors(const Image& image, const figure::Figure& fig, const ExportOptions& options,
                        int tolerance) {
    const auto layout = exporter::export_layout(fig, atlas(), options);
    for (const auto& [usps, lonlat] : interior_points()) {
        const geo::Vec2 px = pixel_of(lonlat, layout.view);
        const auto& style = fig.states[state_index(usps)];
        INFO(usps << ": got " << describe(image.at(px)) << ", want " << describe(style.fill));
        if (style.no_data()) continue;  // hatched: its pixel depends on the hatch's phase
        CHECK(same_color(image.at(px), style.fill, tolerance));
    }
}

ExportOptions options_for(Format format) {
    ExportOptions options;
    options.format = format;
    options.width = 1280;
    options.height = 720;
    return options;
}

}  // namespace

TEST_CASE("SVG: parses as XML, keeps states as paths and text as text, and rsvg-convert draws it") {
    TempDir dir;
    const auto fig = make_figure("emt", data::MetricId::MeanWage);
    const auto options = options_for(Format::Svg);
    exporter::export_figure(dir / "map.svg", fig, atlas(), options);
    const std::string svg = read_text(dir / "map.svg");

    const auto parsed = run_command("xmllint --noout " + quoted((dir / "map.svg").string()));
    INFO(parsed.err);
    CHECK(parsed.status == 0);
    CHECK_THAT(svg, Contains("<path id=\"state-TX\""));
    CHECK_THAT(svg, Contains(">" + fig.legend.title + "</text>"));
    CHECK_THAT(svg, Contains("font-weight=\"bold\""));
    CHECK(svg.find("<symbol") == std::string::npos);  // no glyph outlines standing in for text

    const auto rendered = run_command("rsvg-convert -w 1280 -h 720 -o " + quoted((dir / "svg.png").string()) + " " +
                                      quoted((dir / "map.svg").string()));
    INFO(rendered.err);
    REQUIRE(rendered.status == 0);
    const Image image = read_png(dir / "svg.png");
    CHECK(image.width == 1280);
    check_state_colors(image, fig, options, 2);
}

TEST_CASE("SVG and PNG agree pixel for pixel at the states, in the dark theme with a no-data state") {
    TempDir dir;
    const auto fig = make_figure("emt", data::MetricId::Growth, figure::Theme::Dark);
    auto options = options_for(Format::Svg);
    exporter::export_figure(dir / "map.svg", fig, atlas(), options);
    options.format = Format::Png;
    exporter::export_figure(dir / "map.png", fig, atlas(), options);
    REQUIRE(run_command("rsvg-convert -o " + quoted((dir / "svg.png").string()) + " " +
                        quoted((dir / "map.svg").string()))
                .status == 0);
    const Image from_svg = read_png(dir / "svg.png"), from_png = read_png(dir / "map.png");
    REQUIRE(from_svg.width == from_png.width);
    check_state_colors(from_svg, fig, options, 2);
    check_state_colors(from_png, fig, options, 1);
    CHECK(same_color(from_svg.at(3, 3), fig.colors.background, 1));
}

TEST_CASE("PDF: pdftoppm draws the same colours at the same states, and its text is text") {
    TempDir dir;
    const auto fig = make_figure("emt", data::MetricId::Employment);
    const auto options = options_for(Format::Pdf);
    exporter::export_figure(dir / "map.pdf", fig, atlas(), options);
    CHECK(read_text(dir / "map.pdf").rfind("%PDF-", 0) == 0);

    // The 1280x720 canvas fills the default 960x540 pt slide: at 96 dpi a page pixel is a
    // canvas pixel.
    const auto rendered = run_command("pdftoppm -png -r 96 -singlefile " + quoted((dir / "map.pdf").string()) + " " +
                                      quoted((dir / "pdf").string()));
    INFO(rendered.err);
    REQUIRE(rendered.status == 0);
    const Image image = read_png(dir / "pdf.png");
    CHECK(image.width == 1280);
    CHECK(image.height == 720);
    check_state_colors(image, fig, options, 2);

    const auto text = run_command("pdftotext " + quoted((dir / "map.pdf").string()) + " -");
    REQUIRE(text.status == 0);
    CHECK_THAT(text.out, Contains("Source: U.S. Bureau of Labor Statistics"));
    CHECK_THAT(text.out, Contains("no data"));
}
