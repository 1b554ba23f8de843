// A path's identity is a function of its rings alone, and tells different shapes apart.
#include <catch2/catch.hpp>

#include "core/figure/path_identity.hpp"

using namespace medmap;

namespace {

figure::PixelPath square(double x, double size) {
    return {{{{x, 0}, {x + size, 0}, {x + size, size}, {x, size}}}, {}, 0, {}};
}

}  // namespace

TEST_CASE("path_identity: equal rings give equal identities, a changed vertex or ring order another") {
    const figure::PixelPath a = square(0, 10);
    CHECK(figure::path_identity(a) == figure::path_identity(square(0, 10)));
    CHECK(figure::path_identity(a) != figure::path_identity(square(0, 11)));
    CHECK(figure::path_identity(a) != figure::path_identity(square(1, 10)));
    figure::PixelPath two = a;
    two.rings.push_back(square(20, 5).rings.front());
    figure::PixelPath swapped{{two.rings[1], two.rings[0]}, {}, 0, {}};
    CHECK(figure::path_identity(two) != figure::path_identity(swapped));
    CHECK(figure::path_identity(two) != figure::path_identity(a));
    CHECK(figure::path_identity(a) != 0);  // 0 is kept for "not worked out"
}

TEST_CASE("identity_of: the memo when the path carries one, else computed") {
    figure::PixelPath a = square(0, 10);
    CHECK(figure::identity_of(a) == figure::path_identity(a));
    a.identity = 42;
    CHECK(figure::identity_of(a) == 42);
}
