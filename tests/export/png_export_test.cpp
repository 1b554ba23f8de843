// PNG exports draw the core's figure: each state's classified colour, the hatch for no
// data, the title and legend, at the size asked for.
#include <catch2/catch.hpp>
#include <fstream>
#include <set>

#include "core/base/atomic_file.hpp"
#include "core/figure/layout.hpp"
#include "core/geo/picker.hpp"
#include "export/exporter.hpp"
#include "export_test_support.hpp"

using namespace medmap;
using namespace export_test;
using exporter::ExportOptions;
using exporter::Format;

namespace {

Image export_png(const figure::Figure& fig, const ExportOptions& options, const TempDir& dir,
                 const std::string& name = "map.png") {
    exporter::export_figure(dir / name, fig, atlas(), options);
    return read_png(dir / name);
}

// Every pixel in a box, to look for ink (anything not `ground`).
int count_unlike(const Image& image, const geo::Box& box, figure::Rgba ground) {
    int n = 0;
    for (int y = static_cast<int>(box.min_y); y < static_cast<int>(box.max_y); ++y)
        for (int x = static_cast<int>(box.min_x); x < static_cast<int>(box.max_x); ++x)
            n += !same_color(image.at(x, y), ground, 0);
    return n;
}

geo::Box text_box(const figure::TextSlot& slot, double width) {
    return {slot.top_left.x, slot.top_left.y, slot.top_left.x + width, slot.top_left.y + slot.size_px};
}

}  // namespace

TEST_CASE("PNG: a pixel well inside TX, CA, NY and MI has that state's classified fill") {
    TempDir dir;
    const auto fig = make_figure("emt", data::MetricId::MedianWage);
    const ExportOptions options;
    const Image image = export_png(fig, options, dir);
    const auto layout = exporter::export_layout(fig, atlas(), options);
    const geo::Picker picker(atlas());
    for (const auto& [usps, lonlat] : interior_points()) {
        const geo::Vec2 px = pixel_of(lonlat, layout.view);
        const std::size_t i = state_index(usps);
        INFO(usps << " at pixel " << px.x << ", " << px.y);
        REQUIRE(picker.pick(layout.view.to_map(px)) == i);  // the point really is inside the state
        REQUIRE_FALSE(fig.states[i].no_data());
        INFO("got " << describe(image.at(px)) << ", want " << describe(fig.states[i].fill));
        CHECK(same_color(image.at(px), fig.states[i].fill));
    }
}

TEST_CASE("PNG: the classes differ between states, so a uniform image would fail") {
    const auto fig = make_figure("emt", data::MetricId::MedianWage);
    std::set<int> classes;
    for (const auto& p : interior_points()) classes.insert(fig.states[state_index(p.usps)].class_index);
    CHECK(classes.size() >= 2);
}

TEST_CASE("PNG: a state without data is drawn in the no-data fill with the hatch over it") {
    TempDir dir;
    const auto fig = make_figure("emt", data::MetricId::Growth);
    const std::size_t mi = state_index("MI");
    REQUIRE(fig.states[mi].no_data());
    const ExportOptions options;
    const Image image = export_png(fig, options, dir);
    const auto layout = exporter::export_layout(fig, atlas(), options);
    const geo::Vec2 centre = pixel_of({-85.0, 43.3}, layout.view);  // well away from Saginaw Bay

    const auto& c = fig.colors;
    int plain = 0, hatched = 0, other = 0;
    const int reach = static_cast<int>(layout.hatch_spacing_px * 1.5);  // a few hatch lines
    const geo::Picker picker(atlas());
    for (int corner = 0; corner < 4; ++corner) {
        const geo::Vec2 px{centre.x + (corner & 1 ? reach + 1 : -reach), centre.y + (corner & 2 ? reach + 1 : -reach)};
        REQUIRE(picker.pick(layout.view.to_map(px)) == mi);  // the whole window lies in Michigan
    }
    for (int dy = -reach; dy <= reach; ++dy) {
        for (int dx = -reach; dx <= reach; ++dx) {
            const Pixel p = image.at(static_cast<int>(centre.x) + dx, static_cast<int>(centre.y) + dy);
            // Antialiased hatch pixels lie between the two colours.
            const bool between = p.a == 255 && std::min(c.no_data.r, c.no_data_hatch.r) <= p.r &&
                                 p.r <= std::max(c.no_data.r, c.no_data_hatch.r) && p.r == p.g && p.g == p.b;
            if (same_color(p, c.no_data, 0)) ++plain;
            else if (between && std::abs(p.r - c.no_data_hatch.r) < std::abs(p.r - c.no_data.r)) ++hatched;
            else if (!between) ++other;
        }
    }
    CHECK(plain > 0);
    CHECK(hatched > 0);
    CHECK(other == 0);
}

TEST_CASE("PNG: --width/--height set the image size, and --scale multiplies it") {
    TempDir dir;
    const auto fig = make_figure("emt", data::MetricId::MedianWage);
    ExportOptions options;
    options.width = 800;
    options.height = 500;
    Image image = export_png(fig, options, dir, "small.png");
    CHECK(image.width == 800);
    CHECK(image.height == 500);

    options.width = 640;
    options.height = 360;
    options.scale = 2.5;
    image = export_png(fig, options, dir, "scaled.png");
    CHECK(image.width == 1600);
    CHECK(image.height == 900);
    // The same figure, magnified: Texas is still Texas's colour at the scaled point.
    const auto layout = exporter::export_layout(fig, atlas(), options);
    geo::Vec2 px = pixel_of({-99.3, 31.3}, layout.view);
    px = {px.x * options.scale, px.y * options.scale};
    CHECK(same_color(image.at(px), fig.states[state_index("TX")].fill));
}

TEST_CASE("PNG: the title, subtitle, source line and legend are drawn in their boxes") {
    TempDir dir;
    const auto fig = make_figure("emt", data::MetricId::MedianWage);
    const ExportOptions options;
    const Image image = export_png(fig, options, dir);
    const auto layout = exporter::export_layout(fig, atlas(), options);
    const auto bg = fig.colors.background;

    CHECK(count_unlike(image, text_box(layout.title, 300), bg) > 200);
    CHECK(count_unlike(image, text_box(layout.subtitle, 200), bg) > 100);
    CHECK(count_unlike(image, text_box(layout.source, 200), bg) > 100);
    // The legend panel, then text on it (ink that is neither background nor panel).
    const geo::Vec2 c = layout.legend.center();
    CHECK(same_color(image.at(static_cast<int>(layout.legend.max_x) - 3, static_cast<int>(c.y)), fig.colors.panel, 0));
    CHECK(count_unlike(image, text_box(layout.legend_title, 120), fig.colors.panel) > 100);
    REQUIRE(layout.legend_rows.size() == fig.legend.entries.size());
    for (std::size_t i = 0; i < layout.legend_rows.size(); ++i) {
        const auto& row = layout.legend_rows[i];
        INFO("legend row " << i << ": " << fig.legend.entries[i].label);
        if (!fig.legend.entries[i].no_data)
            CHECK(same_color(image.at(row.swatch.center()), fig.legend.entries[i].fill));
        CHECK(count_unlike(image, text_box(row.label, 60), fig.colors.panel) > 30);
    }
    // The "no data" swatch carries the hatch, like the states it stands for.
    const auto& last = layout.legend_rows.back();
    CHECK(count_unlike(image, last.swatch, fig.colors.no_data) > 10);
}

TEST_CASE("PNG: the dark theme paints the dark background, and --transparent paints none") {
    TempDir dir;
    const auto dark = make_figure("emt", data::MetricId::Openings, figure::Theme::Dark);
    Image image = export_png(dark, ExportOptions{}, dir, "dark.png");
    CHECK(same_color(image.at(2, 2), dark.colors.background, 0));

    const auto clear = make_figure("emt", data::MetricId::MedianWage, figure::Theme::Light, true);
    image = export_png(clear, ExportOptions{}, dir, "clear.png");
    CHECK(image.at(2, 2).a == 0);
    const auto layout = exporter::export_layout(clear, atlas(), ExportOptions{});
    const std::size_t tx = state_index("TX");
    CHECK(same_color(image.at(pixel_of({-99.3, 31.3}, layout.view)), clear.states[tx].fill));
}

TEST_CASE("export_figure replaces an existing file, and a failed write leaves nothing behind") {
    TempDir dir;
    const auto fig = make_figure("emt", data::MetricId::MedianWage);
    ExportOptions options;
    options.width = 320;
    options.height = 200;
    const auto path = dir / "map.png";
    { std::ofstream(path) << "old"; }
    exporter::export_figure(path, fig, atlas(), options);
    CHECK(read_png(path).width == 320);
    CHECK(dir.entries() == std::vector<std::string>{"map.png"});

    // A path under a regular file cannot be created, even by root.
    CHECK_THROWS_AS(exporter::export_figure(path / "inner.png", fig, atlas(), options), OutputError);
    CHECK_THROWS_AS(exporter::export_figure(dir / "missing" / "map.png", fig, atlas(), options), OutputError);
    CHECK(dir.entries() == std::vector<std::string>{"map.png"});
}

TEST_CASE("a carried view exports the part of the map the window shows, at the export's own size") {
    TempDir dir;
    const auto fig = make_figure("emt", data::MetricId::MedianWage);
    const geo::Box window_canvas{300, 0, 1280, 800};  // beside a 300 px side panel
    const auto window_layout = figure::layout_figure(fig, atlas(), window_canvas);
    const geo::Vec2 texas = pixel_of({-99.3, 31.3}, window_layout.view);
    const auto zoomed = window_layout.view.zoomed(3.0, texas);

    ExportOptions options;  // 1920x1080, the slide size Ctrl+S uses
    options.carry = figure::ViewCarry{3.0, zoomed.to_map(window_layout.map.center()), false};
    const auto layout = exporter::export_layout(fig, atlas(), options);
    const auto fitted = exporter::export_layout(fig, atlas(), ExportOptions{});
    CHECK(layout.view.scale == Approx(fitted.view.scale * 3.0));
    // The point the window had in the middle of its map is in the middle of the export's.
    const geo::Vec2 middle = layout.view.to_screen(options.carry->centre);
    CHECK(middle.x == Approx(layout.map.center().x));
    CHECK(middle.y == Approx(layout.map.center().y));
    const Image image = export_png(fig, options, dir);
    const geo::Vec2 tx = pixel_of({-99.3, 31.3}, layout.view);
    CHECK(same_color(image.at(tx), fig.states[state_index("TX")].fill));
}
