#include "export_test_support.hpp"

#include <cairo.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>

#include "core/geo/state_loader.hpp"
#include "../geo/geo_test_support.hpp"

namespace export_test {

namespace fs = std::filesystem;
using namespace medmap;

const data::Dataset& dataset() {
    static const data::Dataset loaded = data::load_dataset(fs::path(MEDMAP_SOURCE_DIR) / "stats" / "medmap-stats.json");
    return loaded;
}

const geo::Atlas& atlas() {
    static const geo::Atlas projected =
        geo::project_albers_usa(geo::load_states(fs::path(MEDMAP_SOURCE_DIR) / "geodata" / "us_states.shp"));
    return projected;
}

std::size_t state_index(const std::string& usps) {
    const auto& states = atlas().states;
    for (std::size_t i = 0; i < states.size(); ++i)
        if (states[i].usps == usps) return i;
    FAIL("no state " << usps << " in the atlas");
    return 0;
}

figure::Figure make_figure(const std::string& specialty, data::MetricId metric, figure::Theme theme,
                           bool transparent) {
    figure::LayerSpec spec;
    spec.specialty = specialty;
    spec.metric = metric;
    spec.theme = theme;
    spec.transparent_background = transparent;
    return figure::build_figure(dataset(), atlas(), spec);
}

Image read_png(const fs::path& path) {
    std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_image_surface_create_from_png(path.c_str()), &cairo_surface_destroy);
    INFO("reading " << path);
    REQUIRE(cairo_surface_status(surface.get()) == CAIRO_STATUS_SUCCESS);
    Image image;
    image.width = cairo_image_surface_get_width(surface.get());
    image.height = cairo_image_surface_get_height(surface.get());
    const int stride = cairo_image_surface_get_stride(surface.get());
    const unsigned char* data = cairo_image_surface_get_data(surface.get());
    const cairo_format_t format = cairo_image_surface_get_format(surface.get());
    image.pixels.reserve(static_cast<std::size_t>(image.width) * image.height);
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) {
            std::uint32_t v;
            std::memcpy(&v, data + static_cast<std::ptrdiff_t>(y) * stride + 4 * x, 4);
            const int a = format == CAIRO_FORMAT_ARGB32 ? static_cast<int>(v >> 24) : 255;
            auto channel = [&](int shift) {
                const int c = static_cast<int>((v >> shift) & 0xff);
                return a == 0 ? 0 : (a == 255 ? c : (c * 255 + a / 2) / a);
            };
            image.pixels.push_back({channel(16), channel(8), channel(0), a});
        }
    }
    return image;
}

bool same_color(Pixel p, figure::Rgba c, int tolerance) {
    return p.a == 255 && std::abs(p.r - c.r) <= tolerance && std::abs(p.g - c.g) <= tolerance &&
           std::abs(p.b - c.b) <= tolerance;
}

std::string describe(Pixel p) {
    std::ostringstream s;
    s << "rgba(" << p.r << ", " << p.g << ", " << p.b << ", " << p.a << ")";
    return s.str();
}

std::string describe(figure::Rgba c) { return describe(Pixel{c.r, c.g, c.b, c.a}); }

geo::Vec2 pixel_of(geo::Vec2 lonlat, const geo::ViewTransform& view) {
    return view.to_screen(geo::test::project_lower48(lonlat));
}

const std::vector<Interior>& interior_points() {
    static const std::vector<Interior> points{
        {"TX", {-99.3, 31.3}},   // Edwards Plateau, central Texas
        {"CA", {-119.7, 36.8}},  // San Joaquin Valley
        {"NY", {-75.0, 43.2}},   // south of the Adirondacks
        {"MI", {-84.6, 43.6}},   // middle of the Lower Peninsula
    };
    return points;
}

namespace {
std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
}  // namespace

CommandResult run_command(const std::string& command) {
    TempDir capture;
    const fs::path out = capture / "stdout", err = capture / "stderr";
    const std::string full = "( " + command + " ) >" + quoted(out.string()) + " 2>" + quoted(err.string()) +
                             " </dev/null";
    const int raw = std::system(full.c_str());
    CommandResult r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

std::string quoted(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += (c == '\'') ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

std::string medmap_exe() { return quoted(MEDMAP_EXE); }

int line_count(const std::string& s) {
    int n = 0;
    for (char c : s) n += c == '\n';
    if (!s.empty() && s.back() != '\n') ++n;
    return n;
}

}  // namespace export_test
