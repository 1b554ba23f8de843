#include <catch2/catch.hpp>

#include "core/geo/albers_usa.hpp"
#include "core/geo/atlas_serialization.hpp"
#include "core/geo/detail_levels.hpp"
#include "core/geo/state_loader.hpp"

using namespace medmap::geo;

namespace {
const Atlas& real_atlas() {
    static const Atlas atlas = project_albers_usa(load_states(MEDMAP_SOURCE_DIR "/geodata/us_states.shp"));
    return atlas;
}

bool same(const Atlas& a, const Atlas& b) {
    if (a.states.size() != b.states.size() || a.inset_frames.size() != b.inset_frames.size()) return false;
    for (std::size_t i = 0; i < a.states.size(); ++i) {
        const auto &x = a.states[i], &y = b.states[i];
        if (x.fips != y.fips || x.usps != y.usps || x.name != y.name || x.panel != y.panel) return false;
        if (x.shape.size() != y.shape.size()) return false;
        for (std::size_t p = 0; p < x.shape.size(); ++p)
            if (x.shape[p].outer != y.shape[p].outer || x.shape[p].holes != y.shape[p].holes) return false;
    }
    return a.bounds.min_x == b.bounds.min_x && a.bounds.max_y == b.bounds.max_y;
}
}  // namespace

TEST_CASE("an atlas survives serialisation bit for bit") {
    const std::string bytes = serialize_atlas(real_atlas());
    auto back = deserialize_atlas(bytes);
    REQUIRE(back);
    CHECK(same(*back, real_atlas()));
}

TEST_CASE("damaged cache bytes read as no atlas, never as a wrong one") {
    const std::string bytes = serialize_atlas(real_atlas());
    CHECK_FALSE(deserialize_atlas(""));
    CHECK_FALSE(deserialize_atlas(bytes.substr(0, bytes.size() - 1)));  // truncated
    CHECK_FALSE(deserialize_atlas(bytes + "x"));                          // trailing bytes
    std::string flipped = bytes;
    flipped[bytes.size() / 2] ^= 0x40;  // one coordinate bit: the checksum catches it
    CHECK_FALSE(deserialize_atlas(flipped));
    std::string magic = bytes;
    magic[0] = 'X';
    CHECK_FALSE(deserialize_atlas(magic));
}

TEST_CASE("content_hash64 is XXH3: its published value for no bytes, and seeds chain pieces") {
    CHECK(content_hash64("") == 0x2d06800538d394c2ull);
    CHECK(content_hash64("a") != content_hash64("b"));
    CHECK(content_hash64("a", 1) != content_hash64("a"));
    // Chained pieces: "foo" then "bar" is not "fo" then "obar", so a file name and its
    // bytes cannot trade places in a cache key.
    CHECK(content_hash64("bar", content_hash64("foo")) != content_hash64("obar", content_hash64("fo")));
}

TEST_CASE("levels of detail are cached with the atlas, bit for bit") {
    Atlas atlas = real_atlas();
    add_detail_levels(atlas);
    REQUIRE_FALSE(atlas.levels.empty());
    const auto back = deserialize_atlas(serialize_atlas(atlas));
    REQUIRE(back);
    CHECK(same(*back, atlas));
    REQUIRE(back->levels.size() == atlas.levels.size());
    for (std::size_t l = 0; l < atlas.levels.size(); ++l) {
        CHECK(back->levels[l].tolerance == atlas.levels[l].tolerance);
        REQUIRE(back->levels[l].shapes.size() == atlas.levels[l].shapes.size());
        for (std::size_t s = 0; s < atlas.levels[l].shapes.size(); ++s) {
            const auto &x = back->levels[l].shapes[s], &y = atlas.levels[l].shapes[s];
            REQUIRE(x.size() == y.size());
            for (std::size_t p = 0; p < x.size(); ++p) {
                CHECK(x[p].outer == y[p].outer);
                CHECK(x[p].holes == y[p].holes);
            }
        }
    }
}
