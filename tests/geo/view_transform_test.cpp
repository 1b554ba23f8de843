#include <catch2/catch.hpp>

#include "core/geo/view_transform.hpp"

using namespace medmap::geo;

namespace {
const Box kViewport{0, 0, 1280, 800};
}

TEST_CASE("fit keeps the aspect ratio, centres the map and honours the margin") {
    const Box wide{-100, -10, 300, 90};  // 400 x 100: width decides
    const ViewTransform t = ViewTransform::fit(wide, kViewport, 20);
    CHECK(t.scale == Approx((1280.0 - 40) / 400));
    const Vec2 top_left = t.to_screen({wide.min_x, wide.min_y});
    const Vec2 bottom_right = t.to_screen({wide.max_x, wide.max_y});
    CHECK(top_left.x == Approx(20));
    CHECK(bottom_right.x == Approx(1260));
    CHECK((top_left.y + bottom_right.y) / 2 == Approx(400));  // centred vertically
    CHECK((bottom_right.y - top_left.y) / (bottom_right.x - top_left.x) == Approx(100.0 / 400));

    const Box tall{0, 0, 100, 1000};  // height decides
    const ViewTransform u = ViewTransform::fit(tall, kViewport, 20);
    CHECK(u.scale == Approx((800.0 - 40) / 1000));
    CHECK(u.to_screen({0, 0}).y == Approx(20));
    CHECK(u.to_screen({100, 1000}).y == Approx(780));
    CHECK((u.to_screen({0, 0}).x + u.to_screen({100, 1000}).x) / 2 == Approx(640));
}

TEST_CASE("fit respects a viewport that does not start at the origin") {
    const Box viewport{100, 50, 300, 250};
    const ViewTransform t = ViewTransform::fit({0, 0, 10, 10}, viewport, 10);
    CHECK(t.to_screen({0, 0}).x == Approx(110));
    CHECK(t.to_screen({10, 10}).y == Approx(240));
}

TEST_CASE("fit never yields a scale to_map cannot invert") {
    CHECK(ViewTransform::fit({5, 5, 5, 5}, kViewport, 20).scale > 0);      // a single point
    CHECK(ViewTransform::fit({0, 0, 10, 10}, kViewport, 900).scale > 0);   // margin larger than the view
    CHECK(ViewTransform::fit(Box{}, kViewport, 20).scale > 0);             // nothing to show
}

TEST_CASE("zoomed keeps the map point under the anchor fixed") {
    const ViewTransform t = ViewTransform::fit({-2e6, -3e6, 2e6, 0}, kViewport, 20);
    const Vec2 anchor{321, 456};
    const Vec2 before = t.to_map(anchor);
    for (double factor : {2.0, 0.5, 1.1}) {
        const ViewTransform z = t.zoomed(factor, anchor);
        CHECK(z.scale == Approx(t.scale * factor));
        CHECK(z.to_map(anchor).x == Approx(before.x));
        CHECK(z.to_map(anchor).y == Approx(before.y));
    }
    CHECK(t.zoomed(0, anchor).scale == t.scale);  // nonsense factors change nothing
}

TEST_CASE("to_map inverts to_screen") {
    const ViewTransform t = ViewTransform::fit({-2.4e6, -3.2e6, 2.3e6, 0.1e6}, kViewport, 20).zoomed(3, {100, 700});
    for (Vec2 p : {Vec2{0, 0}, Vec2{-1.5e6, -2e6}, Vec2{2e6, 1e5}}) {
        const Vec2 back = t.to_map(t.to_screen(p));
        CHECK(back.x == Approx(p.x).margin(1e-6));
        CHECK(back.y == Approx(p.y).margin(1e-6));
    }
    const ViewTransform panned = t.panned({10, -5});
    CHECK(panned.to_screen({0, 0}).x == Approx(t.to_screen({0, 0}).x + 10));
}
