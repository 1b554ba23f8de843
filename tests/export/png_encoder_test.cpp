// The PNG encoder undoes Cairo's premultiplied alpha, and keeps opaque colours exact.
#include <cairo.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "core/base/atomic_file.hpp"
#include "export/cairo_handles.hpp"
#include "export/png_encoder.hpp"
#include "export_test_support.hpp"

using namespace medmap;
using namespace export_test;

namespace {

exporter::CairoSurface painted(int width, int height, double r, double g, double b, double a) {
    exporter::CairoSurface surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height));
    exporter::CairoContext cr = exporter::make_context(surface.get());
    cairo_set_source_rgba(cr.get(), r, g, b, a);
    cairo_paint(cr.get());
    return surface;
}

}  // namespace

TEST_CASE("PNG encoder: a half-transparent colour keeps its colour and alpha") {
    TempDir dir;
    auto surface = painted(7, 5, 200 / 255.0, 100 / 255.0, 30 / 255.0, 0.5);
    write_file_atomically(dir / "half.png", exporter::encode_png(surface.get(), true));
    const Image image = read_png(dir / "half.png");
    REQUIRE(image.width == 7);
    REQUIRE(image.height == 5);
    const Pixel p = image.at(3, 2);
    CHECK(std::abs(p.a - 128) <= 1);
    CHECK(std::abs(p.r - 200) <= 2);  // premultiplied twice by 8-bit maths: within 2
    CHECK(std::abs(p.g - 100) <= 2);
    CHECK(std::abs(p.b - 30) <= 2);
}

TEST_CASE("PNG encoder: an opaque image is written as RGB with exact colours") {
    TempDir dir;
    auto surface = painted(16, 3, 12 / 255.0, 34 / 255.0, 56 / 255.0, 1.0);
    const std::string png = exporter::encode_png(surface.get(), false);
    REQUIRE(png.size() > 26);
    CHECK(png.compare(1, 3, "PNG") == 0);
    CHECK(static_cast<int>(png[25]) == 2);  // IHDR colour type 2: truecolour without alpha
    write_file_atomically(dir / "opaque.png", png);
    const Pixel p = read_png(dir / "opaque.png").at(15, 2);
    CHECK(p.r == 12);
    CHECK(p.g == 34);
    CHECK(p.b == 56);
    CHECK(p.a == 255);
}
