#include "core/geo/atlas_serialization.hpp"

#include <cstring>
#include <type_traits>
#include <xxhash.h>

namespace medmap::geo {

namespace {

constexpr std::string_view kMagic = "medmap-atlas";
constexpr std::uint32_t kFormatVersion = 4;  // 2: levels of detail; 3: their triangles; 4: XXH3 checksum
// Guards against absurd counts in a damaged file before anything is allocated.
constexpr std::uint64_t kMaxCount = 1u << 26;

class Writer {
public:
    template <typename T>
    void put(const T& v) {
        static_assert(std::is_trivially_copyable_v<T>);
        out_.append(reinterpret_cast<const char*>(&v), sizeof v);
    }
    void put_string(const std::string& s) {
        put<std::uint64_t>(s.size());
        out_ += s;
    }
    void put_ring(const Ring& r) {
        put<std::uint64_t>(r.size());
        for (const Vec2& p : r) put(p);
    }
    void put_box(const Box& b) { put(b.min_x), put(b.min_y), put(b.max_x), put(b.max_y); }
    void put_shape(const MultiPolygon& shape) {
        put<std::uint64_t>(shape.size());
        for (const Polygon& poly : shape) {
            put_ring(poly.outer);
            put<std::uint64_t>(poly.holes.size());
            for (const Ring& hole : poly.holes) put_ring(hole);
        }
    }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
};

class Reader {
public:
    explicit Reader(std::string_view in) : in_(in) {}
    template <typename T>
    bool get(T& v) {
        if (in_.size() < sizeof v) return false;
        std::memcpy(&v, in_.data(), sizeof v);
        in_.remove_prefix(sizeof v);
        return true;
    }
    bool get_count(std::uint64_t& n) { return get(n) && n <= kMaxCount; }
    bool get_string(std::string& s) {
        std::uint64_t n = 0;
        if (!get_count(n) || in_.size() < n) return false;
        s.assign(in_.substr(0, n));
        in_.remove_prefix(n);
        return true;
    }
    bool get_ring(Ring& r) {
        std::uint64_t n = 0;
        if (!get_count(n) || in_.size() < n * sizeof(Vec2)) return false;
        r.resize(n);
        for (Vec2& p : r) get(p);
        return true;
    }
    bool get_box(Box& b) { return get(b.min_x) && get(b.min_y) && get(b.max_x) && get(b.max_y); }
    bool get_shape(MultiPolygon& shape) {
        std::uint64_t parts = 0;
        if (!get_count(parts)) return false;
        shape.resize(parts);
        for (Polygon& poly : shape) {
            std::uint64_t holes = 0;
            if (!get_ring(poly.outer) || !get_count(holes)) return false;
            poly.holes.resize(holes);
            for (Ring& hole : poly.holes)
                if (!get_ring(hole)) return false;
        }
        return true;
    }
    bool at_end() const { return in_.empty(); }

private:
    std::string_view in_;
};

std::string body_of(const Atlas& atlas) {
    Writer w;
    w.put<std::uint64_t>(atlas.states.size());
    for (const auto& s : atlas.states) {
        w.put_string(s.fips), w.put_string(s.usps), w.put_string(s.name);
        w.put<std::int32_t>(static_cast<std::int32_t>(s.panel));
        w.put_box(s.bounds);
        w.put_shape(s.shape);
    }
    w.put_box(atlas.bounds);
    w.put<std::uint64_t>(atlas.inset_frames.size());
    for (const Box& b : atlas.inset_frames) w.put_box(b);
    w.put<std::uint64_t>(atlas.levels.size());
    for (const DetailLevel& level : atlas.levels) {
        w.put(level.tolerance);
        w.put<std::uint64_t>(level.shapes.size());
        for (const MultiPolygon& shape : level.shapes) w.put_shape(shape);
        w.put<std::uint64_t>(level.triangles.size());
        for (const auto& triangles : level.triangles) w.put_ring(triangles);
    }
    return w.take();
}

std::optional<Atlas> atlas_from_body(std::string_view body) {
    Reader r(body);
    Atlas atlas;
    std::uint64_t states = 0;
    if (!r.get_count(states)) return std::nullopt;
    atlas.states.resize(states);
    for (auto& s : atlas.states) {
        std::int32_t panel = 0;
        if (!r.get_string(s.fips) || !r.get_string(s.usps) || !r.get_string(s.name) || !r.get(panel) ||
            panel < 0 || panel > static_cast<std::int32_t>(ProjectedState::Panel::Other) || !r.get_box(s.bounds) ||
            !r.get_shape(s.shape))
            return std::nullopt;
        s.panel = static_cast<ProjectedState::Panel>(panel);
    }
    std::uint64_t frames = 0;
    if (!r.get_box(atlas.bounds) || !r.get_count(frames)) return std::nullopt;
    atlas.inset_frames.resize(frames);
    for (Box& b : atlas.inset_frames)
        if (!r.get_box(b)) return std::nullopt;
    std::uint64_t levels = 0;
    if (!r.get_count(levels)) return std::nullopt;
    atlas.levels.resize(levels);
    for (DetailLevel& level : atlas.levels) {
        std::uint64_t shapes = 0;
        // Each level holds one shape per state, or it could not be drawn in their place.
        if (!r.get(level.tolerance) || !r.get_count(shapes) || shapes != atlas.states.size()) return std::nullopt;
        level.shapes.resize(shapes);
        for (MultiPolygon& shape : level.shapes)
            if (!r.get_shape(shape)) return std::nullopt;
        std::uint64_t triangle_sets = 0;
        if (!r.get_count(triangle_sets) || (triangle_sets != 0 && triangle_sets != shapes)) return std::nullopt;
        level.triangles.resize(triangle_sets);
        for (auto& triangles : level.triangles)
            if (!r.get_ring(triangles) || triangles.size() % 3 != 0) return std::nullopt;
    }
    if (!r.at_end()) return std::nullopt;
    return atlas;
}

}  // namespace

std::uint64_t content_hash64(std::string_view bytes, std::uint64_t seed) {
    return XXH3_64bits_withSeed(bytes.data(), bytes.size(), seed);
}

std::string serialize_atlas(const Atlas& atlas) {
    const std::string body = body_of(atlas);
    Writer header;
    std::string out(kMagic);
    header.put(kFormatVersion);
    header.put<std::uint64_t>(body.size());
    header.put(content_hash64(body));
    return out + header.take() + body;
}

std::optional<Atlas> deserialize_atlas(std::string_view bytes) {
    if (bytes.substr(0, kMagic.size()) != kMagic) return std::nullopt;
    Reader r(bytes.substr(kMagic.size()));
    std::uint32_t version = 0;
    std::uint64_t size = 0, checksum = 0;
    if (!r.get(version) || version != kFormatVersion || !r.get(size) || !r.get(checksum)) return std::nullopt;
    const std::size_t header = kMagic.size() + sizeof version + sizeof size + sizeof checksum;
    if (bytes.size() != header + size) return std::nullopt;
    const std::string_view body = bytes.substr(header);
    if (content_hash64(body) != checksum) return std::nullopt;
    return atlas_from_body(body);
}

}  // namespace medmap::geo
