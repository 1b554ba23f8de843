#include "core/figure/state_labels.hpp"

#include <algorithm>
#include <cmath>

namespace medmap::figure {

namespace {

// Capitals stand about 0.73 em tall in DejaVu Sans; centring them means putting the em
// box's top about 0.6 em above the centre (between Cairo's ascent-based baseline and
// SFML's size-based one).
constexpr double kCapHeightEm = 0.73;
constexpr double kTopAboveCentreEm = 0.6;
// Smaller than this a callout's code is unreadable: left out (tiny canvases only).
constexpr double kMinCalloutTextPx = 5.0;
// How much larger than its code's box a callout state's circle must be to label it on the
// map as well as in its box.
constexpr double kBoxedRoom = 2.0;

StateLabel make_label(std::size_t state, const std::string& text, geo::Vec2 centre, double size_px, double width_px,
                      Rgba color, bool in_callout) {
    StateLabel label;
    label.state = state;
    label.text = text;
    label.centre = centre;
    label.slot = {{centre.x - width_px / 2, centre.y - kTopAboveCentreEm * size_px}, size_px};
    label.color = color;
    label.in_callout = in_callout;
    return label;
}

}  // namespace

std::vector<geo::InteriorPoint> label_anchors(const geo::Atlas& atlas) {
    std::vector<geo::InteriorPoint> anchors;
    anchors.reserve(atlas.states.size());
    // A tolerance of 1/5000 of the map's width is well under a pixel at any zoom the
    // window allows on a 4K export.
    const double tolerance = atlas.bounds.width() / 5000.0;
    for (const geo::ProjectedState& s : atlas.states)
        anchors.push_back(s.shape.empty() ? geo::InteriorPoint{} : geo::pole_of_inaccessibility(s.shape, tolerance));
    return anchors;
}

const std::vector<geo::InteriorPoint>& atlas_label_anchors(const geo::Atlas& atlas) {
    return atlas.label_anchors.get([&] { return label_anchors(atlas); });
}

std::vector<StateLabel> state_labels(const Figure& figure, const geo::Atlas& atlas, const geo::ViewTransform& view,
                                     const geo::Box& viewport, double text_px, const TextMeasure& measure,
                                     const std::vector<bool>& shown, const std::vector<geo::Box>& callout_boxes) {
    std::vector<StateLabel> labels;
    const std::size_t n = std::min({atlas.states.size(), figure.states.size(), figure.label_anchors.size()});
    // A state whose callout box is shown is labelled in the box, and on the map only with
    // room to spare, as its leader line ends at the same point.
    std::vector<bool> boxed(n, false);
    for (std::size_t k = 0; k < figure.callouts.size(); ++k)
        if (figure.callouts[k].state < n && (k >= shown.size() || shown[k])) boxed[figure.callouts[k].state] = true;
    if (figure.spec.labels) {
        for (std::size_t i = 0; i < n; ++i) {
            const geo::InteriorPoint& anchor = figure.label_anchors[i];
            const geo::Vec2 centre = view.to_screen(anchor.center);
            if (!viewport.contains(centre)) continue;
            const std::string& text = atlas.states[i].usps;
            const double w = measure_text(measure, text, text_px, true), h = kCapHeightEm * text_px;
            // The code's box must lie inside the inscribed circle.
            const double radius = anchor.clearance * view.scale;
            const double room = boxed[i] ? kBoxedRoom : 1.0;
            if (room * std::hypot(w / 2, h / 2) > radius) continue;
            labels.push_back(make_label(i, text, centre, text_px, w, figure.states[i].label_color, false));
        }
    }
    for (std::size_t k = 0; k < figure.callouts.size(); ++k) {
        const Callout& c = figure.callouts[k];
        if (c.state >= atlas.states.size() || c.state >= figure.states.size()) continue;
        if (k < shown.size() && !shown[k]) continue;
        geo::Vec2 a = view.to_screen({c.box.min_x, c.box.min_y}), b = view.to_screen({c.box.max_x, c.box.max_y});
        if (k < callout_boxes.size()) {
            a = {callout_boxes[k].min_x, callout_boxes[k].min_y};
            b = {callout_boxes[k].max_x, callout_boxes[k].max_y};
        }
        const double box_w = std::abs(b.x - a.x), box_h = std::abs(b.y - a.y);
        const std::string& text = atlas.states[c.state].usps;
        double size = std::min(text_px, box_h * 0.55);
        const double w_at_size = measure_text(measure, text, size, true);
        if (w_at_size > box_w * 0.8) size *= box_w * 0.8 / w_at_size;
        if (size < kMinCalloutTextPx) continue;
        const geo::Vec2 centre{(a.x + b.x) / 2, (a.y + b.y) / 2};
        labels.push_back(make_label(c.state, text, centre, size, measure_text(measure, text, size, true),
                                    figure.states[c.state].label_color, true));
    }
    return labels;
}

}  // namespace medmap::figure
