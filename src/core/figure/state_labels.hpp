#pragma once
// The USPS codes drawn on the map, for a figure at a view: each at its state's pole of
// inaccessibility (the centre of the largest circle inside it, the polylabel point), in
// the colour readable on the state's fill (StateStyle::label_color), and only where the
// code fits inside that circle at the current zoom, so small states stay unlabelled at the
// national scale and zooming in reveals them. The callout states (callouts.hpp) are
// labelled in their boxes, always, fitted to the box, and not on the map, where their
// leader lines end. The window and the exporter both draw exactly this list.
#include <string>
#include <vector>

#include "core/figure/figure.hpp"
#include "core/figure/layout.hpp"
#include "core/figure/text_measure.hpp"
#include "core/geo/pole_of_inaccessibility.hpp"
#include "core/geo/view_transform.hpp"

namespace medmap::figure {

// Every state's pole of inaccessibility, parallel to atlas.states (about 10 ms for all).
std::vector<geo::InteriorPoint> label_anchors(const geo::Atlas& atlas);
// The same, computed once per atlas (by the first caller) and kept in atlas.label_anchors.
const std::vector<geo::InteriorPoint>& atlas_label_anchors(const geo::Atlas& atlas);

// The labels to draw: state codes (if figure.spec.labels) whose centre lies in `viewport`
// and whose text fits their circle, then the codes of the callout boxes `shown` (parallel
// to figure.callouts; empty: all), in `callout_boxes` (pixels, as the layout placed them;
// empty: the boxes under `view`). `text_px` is the
// largest size (FigureLayout::label_px); `measure` the backend's bold text width.
std::vector<StateLabel> state_labels(const Figure& figure, const geo::Atlas& atlas, const geo::ViewTransform& view,
                                     const geo::Box& viewport, double text_px, const TextMeasure& measure,
                                     const std::vector<bool>& shown = {},
                                     const std::vector<geo::Box>& callout_boxes = {});

}  // namespace medmap::figure
