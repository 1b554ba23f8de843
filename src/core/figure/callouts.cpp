#include "core/figure/callouts.hpp"

#include <algorithm>
#include <array>

#include "core/figure/box_overlap.hpp"
#include "core/geo/pole_of_inaccessibility.hpp"

namespace medmap::figure {

namespace {

constexpr std::array<std::string_view, 9> kCalloutStates = {"DC", "RI", "DE", "CT", "NJ", "MD", "MA", "VT", "NH"};

// Box side and spacing, as fractions of the atlas's width: at the window's default size
// (a map about 750 px wide) a box is about 20 px, room for a two-letter code.
constexpr double kSide = 1.0 / 38.0;
constexpr double kGap = kSide / 4.0;

bool touches_land(const geo::Box& box, const geo::Atlas& atlas) {
    return std::any_of(atlas.states.begin(), atlas.states.end(),
                       [&](const geo::ProjectedState& s) { return s.bounds.intersects(box) && box_touches(box, s.shape); });
}

double cross(geo::Vec2 o, geo::Vec2 a, geo::Vec2 b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

bool segments_cross(geo::Vec2 a, geo::Vec2 b, geo::Vec2 c, geo::Vec2 d) {
    return cross(a, b, c) * cross(a, b, d) < 0 && cross(c, d, a) * cross(c, d, b) < 0;
}

// North-to-south order can still cross two leaders (Maryland's pole lies north-west of
// Delaware's). Swapping the boxes of two crossing leaders always shortens their total
// length, so repeating it ends, with no leaders crossing.
void uncross_leaders(std::vector<Callout>& callouts) {
    for (bool swapped = true; swapped;) {
        swapped = false;
        for (std::size_t i = 0; i < callouts.size(); ++i)
            for (std::size_t j = i + 1; j < callouts.size(); ++j) {
                Callout& a = callouts[i];
                Callout& b = callouts[j];
                if (!segments_cross(a.leader_from, a.leader_to, b.leader_from, b.leader_to)) continue;
                std::swap(a.state, b.state);
                std::swap(a.leader_to, b.leader_to);
                swapped = true;
            }
    }
}

}  // namespace

bool has_callout(std::string_view usps) {
    return std::find(kCalloutStates.begin(), kCalloutStates.end(), usps) != kCalloutStates.end();
}

const std::vector<Callout>& atlas_callouts(const geo::Atlas& atlas) {
    return atlas.callouts.get([&] { return place_callouts(atlas); });
}

std::vector<Callout> place_callouts(const geo::Atlas& atlas) {
    std::vector<Callout> callouts;
    geo::Box region;  // the callout states' bounds
    for (std::size_t i = 0; i < atlas.states.size(); ++i) {
        const geo::ProjectedState& s = atlas.states[i];
        if (!has_callout(s.usps) || s.shape.empty()) continue;
        Callout c;
        c.state = i;
        c.leader_to = geo::pole_of_inaccessibility(s.shape, atlas.bounds.width() / 5000.0).center;
        callouts.push_back(c);
        region.include(s.bounds);
    }
    if (callouts.empty()) return callouts;
    // North (smaller y) first.
    std::sort(callouts.begin(), callouts.end(),
              [](const Callout& a, const Callout& b) { return a.leader_to.y < b.leader_to.y; });

    const double side = atlas.bounds.width() * kSide, gap = atlas.bounds.width() * kGap;
    const auto n = static_cast<double>(callouts.size());
    const double x0 = region.max_x + gap;
    geo::Box column{x0, 0, x0 + side, n * side + (n - 1) * gap};
    // From level with the northernmost state's pole, move down until the whole column
    // is clear of land.
    const double start = callouts.front().leader_to.y - side / 2;
    const double height = column.max_y;
    for (double top = start; top < atlas.bounds.max_y; top += gap / 2) {
        column.min_y = top;
        column.max_y = top + height;
        if (!touches_land(column, atlas)) break;
    }
    for (std::size_t k = 0; k < callouts.size(); ++k) {
        const double top = column.min_y + static_cast<double>(k) * (side + gap);
        callouts[k].box = {column.min_x, top, column.max_x, top + side};
        callouts[k].leader_from = {column.min_x, top + side / 2};
    }
    uncross_leaders(callouts);
    return callouts;
}

std::optional<std::size_t> pick_state(const geo::Picker& picker, const std::vector<Callout>& callouts,
                                      geo::Vec2 map_point) {
    for (const Callout& c : callouts)
        if (c.box.contains(map_point)) return c.state;
    return picker.pick(map_point);
}

}  // namespace medmap::figure
