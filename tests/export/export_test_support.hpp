#pragma once
// Shared by the export tests: the committed data, a temporary folder, PNG pixels, the
// medmap executable and outside tools (rsvg-convert, pdftoppm) run as a user would.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/figure/figure.hpp"
#include "core/geo/albers_usa.hpp"
#include "core/geo/geometry.hpp"
#include "core/geo/view_transform.hpp"
#include "../support/temp_dir.hpp"

namespace export_test {

// The committed stats and geodata, loaded once for all cases.
const medmap::data::Dataset& dataset();
const medmap::geo::Atlas& atlas();
std::size_t state_index(const std::string& usps);

medmap::figure::Figure make_figure(const std::string& specialty, medmap::data::MetricId metric,
                                   medmap::figure::Theme theme = medmap::figure::Theme::Light,
                                   bool transparent = false);

using TempDir = medmap::test::TempDir;

struct Pixel {
    int r = 0, g = 0, b = 0, a = 0;
};

// A decoded PNG: colour un-premultiplied, alpha as stored.
struct Image {
    int width = 0, height = 0;
    std::vector<Pixel> pixels;
    Pixel at(int x, int y) const { return pixels[static_cast<std::size_t>(y) * width + x]; }
    Pixel at(medmap::geo::Vec2 p) const { return at(static_cast<int>(p.x), static_cast<int>(p.y)); }
};

Image read_png(const std::filesystem::path& path);

// True when every channel is within `tolerance` of the colour (alpha must be opaque).
bool same_color(Pixel p, medmap::figure::Rgba c, int tolerance = 1);
std::string describe(Pixel p);
std::string describe(medmap::figure::Rgba c);

// A lon/lat inside a state (NAD83), as a pixel of an image laid out with `view`.
medmap::geo::Vec2 pixel_of(medmap::geo::Vec2 lonlat, const medmap::geo::ViewTransform& view);

struct Interior {
    std::string usps;
    medmap::geo::Vec2 lonlat;
};
// Points well inside TX, CA, NY and MI (the Lower Peninsula).
const std::vector<Interior>& interior_points();

struct CommandResult {
    int status = -1;
    std::string out, err;
};
// Runs `command` through the shell with stdin closed; captures stdout and stderr.
CommandResult run_command(const std::string& command);
// The built medmap executable, quoted for the shell.
std::string medmap_exe();
std::string quoted(const std::string& s);
int line_count(const std::string& s);

}  // namespace export_test
