// A big export is the same figure, larger: text, lines, swatches and margins grow with the
// canvas, and a PDF fits its page.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

#include "core/figure/layer_spec.hpp"
#include "export/exporter.hpp"
#include "export/font_metrics.hpp"
#include "export_test_support.hpp"

using namespace medmap;
using namespace export_test;
using exporter::ExportOptions;
using exporter::Format;

namespace {

ExportOptions sized(int w, int h) {
    ExportOptions o;
    o.width = w;
    o.height = h;
    return o;
}

// The height in image rows of the ink (pixels unlike the background) in the title's line.
int title_ink_height(const Image& image, const figure::FigureLayout& layout, figure::Rgba background) {
    const auto& t = layout.title;
    const int y0 = static_cast<int>(t.top_left.y), y1 = std::min(image.height, static_cast<int>(t.top_left.y + t.size_px * 1.3));
    const int x0 = static_cast<int>(t.top_left.x), x1 = std::min(image.width, x0 + static_cast<int>(t.size_px * 12));
    int top = -1, bottom = -1;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x)
            if (!same_color(image.at(x, y), background, 40)) {
                if (top < 0) top = y;
                bottom = y;
                break;
            }
    return top < 0 ? 0 : bottom - top + 1;
}

bool inside(const geo::Box& inner, const geo::Box& outer) {
    return inner.min_x >= outer.min_x && inner.min_y >= outer.min_y && inner.max_x <= outer.max_x &&
           inner.max_y <= outer.max_y;
}

}  // namespace

TEST_CASE("7680x4320 looks like 1920x1080 at 4x: title at least 3.5 times as tall, legend inside the image") {
    TempDir dir;
    figure::LayerSpec spec;
    spec.specialty = "pharmacy";
    spec.metric = data::MetricId::MedianWage;
    spec.method = figure::ClassMethod::Jenks;
    spec.classes = 7;
    const auto fig = figure::build_figure(dataset(), atlas(), spec);
    int heights[2] = {0, 0};
    double sizes[2] = {0, 0};
    int k = 0;
    for (auto [w, h] : {std::pair{1920, 1080}, std::pair{7680, 4320}}) {
        INFO(w << "x" << h);
        const ExportOptions options = sized(w, h);
        const auto path = dir / ("map-" + std::to_string(w) + ".png");
        exporter::export_figure(path, fig, atlas(), options);
        const Image image = read_png(path);
        REQUIRE(image.width == w);
        const auto layout = exporter::export_layout(fig, atlas(), options);
        heights[k] = title_ink_height(image, layout, fig.colors.background);
        sizes[k++] = layout.title.size_px;

        // The legend's panel, every swatch and every label's measured extent lie inside the image.
        const geo::Box image_box{0, 0, static_cast<double>(w), static_cast<double>(h)};
        CHECK(inside(layout.legend, image_box));
        for (std::size_t i = 0; i < layout.legend_rows.size(); ++i) {
            const auto& row = layout.legend_rows[i];
            CHECK(inside(row.swatch, layout.legend));
            const double end = row.label.top_left.x + exporter::text_advance_px(fig.legend.entries[i].label,
                                                                                row.label.size_px,
                                                                                figure::FontWeight::Regular);
            CHECK(end <= layout.legend.max_x);
            CHECK(row.label.top_left.y + row.label.size_px <= layout.legend.max_y);
        }
        CHECK(inside(layout.map, image_box));
        // Text is drawn where the title is: ink, not an empty band.
        CHECK(heights[k - 1] > layout.title.size_px * 0.5);
    }
    INFO("title ink " << heights[0] << " px and " << heights[1] << " px; sizes " << sizes[0] << " and " << sizes[1]);
    CHECK(heights[1] >= 3.5 * heights[0]);
    CHECK(sizes[1] == Approx(4 * sizes[0]));
}

TEST_CASE("lines, swatches and callout labels grow with the canvas, and a text scale grows the text alone") {
    const auto fig = make_figure("emt", data::MetricId::MedianWage);
    const auto small = exporter::export_layout(fig, atlas(), sized(1920, 1080));
    const auto big = exporter::export_layout(fig, atlas(), sized(7680, 4320));
    CHECK(big.outline_px == Approx(4 * small.outline_px));
    CHECK(big.label_px == Approx(4 * small.label_px));
    CHECK(big.frame_px == Approx(4 * small.frame_px));
    CHECK(big.legend_rows.front().swatch.width() == Approx(4 * small.legend_rows.front().swatch.width()));
    CHECK(big.title.top_left.x == Approx(4 * small.title.top_left.x));  // the margin
    // 16384 x 16384: everything but the map is as large, relative to the width, as at 1920.
    const auto square = exporter::export_layout(fig, atlas(), sized(16384, 16384));
    CHECK(square.title.size_px / 16384 > 0.8 * small.title.size_px / 1920);

    ExportOptions larger_text = sized(1920, 1080);
    larger_text.text_scale = 1.5;
    const auto text = exporter::export_layout(fig, atlas(), larger_text);
    CHECK(text.title.size_px == Approx(1.5 * small.title.size_px));
    CHECK(text.outline_px == Approx(small.outline_px));
    const geo::Box image_box{0, 0, 1920, 1080};
    CHECK(inside(text.legend, image_box));
}

TEST_CASE("PDF: a 13.333x7.5 in slide by default, --page letter/a4/WxH, the content inside the page") {
    TempDir dir;
    const auto fig = make_figure("emt", data::MetricId::Employment);
    struct Case {
        const char* name;
        exporter::PageSize page;
        const char* pdfinfo;
    };
    for (const Case& c : {Case{"slide", exporter::kSlidePage, "960 x 540 pts"}, Case{"letter", {792, 612}, "792 x 612 pts"},
                          Case{"a4", {841.89, 595.276}, "841.89 x 595.276 pts"}, Case{"wxh", {720, 720}, "720 x 720 pts"}}) {
        INFO(c.name);
        ExportOptions options;
        options.format = Format::Pdf;
        options.page = c.page;
        options.canvas_follows_page = true;
        const auto path = dir / (std::string(c.name) + ".pdf");
        exporter::export_figure(path, fig, atlas(), options);
        const auto info = run_command("pdfinfo " + quoted(path.string()));
        REQUIRE(info.status == 0);
        CHECK_THAT(info.out, Catch::Matchers::Contains(c.pdfinfo));
        // The figure fills the page: the canvas has the page's shape.
        const geo::Box canvas = exporter::export_canvas(options);
        CHECK(canvas.width() / canvas.height() == Approx(c.page.width_pt / c.page.height_pt).epsilon(0.002));
        // Drawn at 36 dpi, the background reaches every edge and the legend's panel is on the page.
        const auto png = run_command("pdftoppm -png -r 36 -singlefile " + quoted(path.string()) + " " +
                                     quoted((dir / c.name).string()));
        REQUIRE(png.status == 0);
        const Image image = read_png(dir / (std::string(c.name) + ".png"));
        const auto layout = exporter::export_layout(fig, atlas(), options);
        const double fit = image.width / canvas.width();
        const auto legend_px = geo::Vec2{layout.legend.max_x * fit - 2, layout.legend.center().y * fit};
        CHECK(same_color(image.at(legend_px), fig.colors.panel, 3));
        CHECK(layout.legend.max_x <= canvas.width());
        CHECK(layout.legend.max_y <= canvas.height());
    }
}
