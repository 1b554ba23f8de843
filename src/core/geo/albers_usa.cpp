#include "core/geo/albers_usa.hpp"

#include <array>
#include <map>
#include <stdexcept>
#include <string_view>

#include "core/geo/gdal_support.hpp"

namespace medmap::geo {

namespace {

using Panel = ProjectedState::Panel;

// Each panel is projected with a CRS suited to its area, then scaled and shifted (in
// projected metres, before y is flipped) to its place on the composite map. The shifts
// were chosen against the Census outlines: Alaska (0.35 scale, ~1,280 x 690 km drawn)
// sits below California and Arizona; Hawaii (~570 x 370 km) to its right, below
// Arizona, New Mexico and west Texas; the territories, if asked for, further right in
// the Gulf of Mexico below Texas. Every inset frame stays >= 50 km from the lower 48.
struct PanelLayout {
    std::string_view crs;
    double scale;
    Vec2 shift;
    Panel panel;
    bool framed;  // insets get a frame; the lower 48 does not
};

constexpr PanelLayout kLower48{"EPSG:5070", 1.0, {0, 0}, Panel::Lower48, false};
constexpr PanelLayout kAlaska{"EPSG:3338", 0.35, {-1'680'000, -50'000}, Panel::Alaska, true};
constexpr PanelLayout kHawaii{"+proj=aea +lat_1=8 +lat_2=18 +lat_0=3 +lon_0=-157 +datum=NAD83 +units=m", 1.0,
                              {-660'000, -1'780'000}, Panel::Hawaii, true};
constexpr PanelLayout kPuertoRicoAndVirginIslands{
    "+proj=aea +lat_1=17 +lat_2=19 +lat_0=18 +lon_0=-66 +datum=NAD83 +units=m", 1.0, {-50'000, 150'000},
    Panel::Other, true};
constexpr PanelLayout kGuamAndNorthernMarianas{
    "+proj=aea +lat_1=13 +lat_2=20 +lat_0=16 +lon_0=145 +datum=NAD83 +units=m", 1.0, {350'000, 250'000},
    Panel::Other, true};
constexpr PanelLayout kAmericanSamoa{"+proj=aea +lat_1=-15 +lat_2=-13 +lat_0=-14 +lon_0=-170 +datum=NAD83 +units=m",
                                     1.0, {720'000, 150'000}, Panel::Other, true};

// In the order their frames are listed in Atlas::inset_frames.
constexpr std::array<const PanelLayout*, 5> kInsets{&kAlaska, &kHawaii, &kPuertoRicoAndVirginIslands,
                                                    &kGuamAndNorthernMarianas, &kAmericanSamoa};

constexpr double kFramePadding = 50'000;  // map units (metres) between an inset's shapes and its frame

const PanelLayout& layout_for(std::string_view fips) {
    if (fips == "02") return kAlaska;
    if (fips == "15") return kHawaii;
    if (fips == "72" || fips == "78") return kPuertoRicoAndVirginIslands;
    if (fips == "66" || fips == "69") return kGuamAndNorthernMarianas;
    if (fips == "60") return kAmericanSamoa;
    return kLower48;
}

// Caches one PROJ transformation per panel: creating one costs far more than using it.
class PanelProjector {
public:
    PanelProjector() : lonlat_(detail::nad83_lonlat()) {}

    void project_ring(const Ring& lonlat, Ring& out, const PanelLayout& layout, std::string_view what) {
        const std::size_t n = lonlat.size();
        xs_.resize(n);
        ys_.resize(n);
        ok_.assign(n, 0);
        for (std::size_t i = 0; i < n; ++i) {
            xs_[i] = lonlat[i].x;
            ys_[i] = lonlat[i].y;
        }
        OGRCoordinateTransformation& ct = transformation(layout);
        const bool all_ok = ct.Transform(n, xs_.data(), ys_.data(), nullptr, ok_.data()) != 0;
        for (std::size_t i = 0; i < n; ++i)
            if (!all_ok || !ok_[i])
                throw std::runtime_error("cannot project " + std::string(what) + " to " + std::string(layout.crs) +
                                         " at lon " + std::to_string(lonlat[i].x) + ", lat " +
                                         std::to_string(lonlat[i].y) +
                                         detail::QuietGdalErrors::last_message_suffix());
        out.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = {xs_[i] * layout.scale + layout.shift.x, -(ys_[i] * layout.scale + layout.shift.y)};
    }

    MultiPolygon project(const MultiPolygon& lonlat, const PanelLayout& layout, std::string_view what) {
        MultiPolygon out(lonlat.size());
        for (std::size_t p = 0; p < lonlat.size(); ++p) {
            project_ring(lonlat[p].outer, out[p].outer, layout, what);
            out[p].holes.resize(lonlat[p].holes.size());
            for (std::size_t h = 0; h < lonlat[p].holes.size(); ++h)
                project_ring(lonlat[p].holes[h], out[p].holes[h], layout, what);
        }
        return out;
    }

private:
    OGRCoordinateTransformation& transformation(const PanelLayout& layout) {
        auto found = cache_.find(&layout);
        if (found == cache_.end()) {
            const OGRSpatialReference target = detail::crs_from_definition(layout.crs);
            found = cache_.emplace(&layout, detail::make_transformation(lonlat_, target)).first;
        }
        return *found->second;
    }

    OGRSpatialReference lonlat_;
    std::map<const PanelLayout*, detail::CoordinateTransformationPtr> cache_;
    std::vector<double> xs_, ys_;
    std::vector<int> ok_;
};

Box padded(Box box, double padding) {
    box.min_x -= padding;
    box.min_y -= padding;
    box.max_x += padding;
    box.max_y += padding;
    return box;
}

}  // namespace

Atlas project_albers_usa(const std::vector<StateShape>& states) {
    const detail::QuietGdalErrors quiet;
    PanelProjector projector;
    Atlas atlas;
    std::map<const PanelLayout*, Box> inset_extent;

    atlas.states.reserve(states.size());
    for (const StateShape& state : states) {
        const PanelLayout& layout = layout_for(state.fips);
        ProjectedState projected{state.fips, state.usps, state.name,
                                 projector.project(state.lonlat, layout, state.name), {}, layout.panel};
        projected.bounds = bounds_of(projected.shape);
        atlas.bounds.include(projected.bounds);
        if (layout.framed) inset_extent[&layout].include(projected.bounds);
        atlas.states.push_back(std::move(projected));
    }

    for (const PanelLayout* inset : kInsets) {
        const auto extent = inset_extent.find(inset);
        if (extent == inset_extent.end() || extent->second.empty()) continue;
        atlas.inset_frames.push_back(padded(extent->second, kFramePadding));
        atlas.bounds.include(atlas.inset_frames.back());
    }
    return atlas;
}

}  // namespace medmap::geo
