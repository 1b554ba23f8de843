#pragma once
// Classes for a diverging scale: a neutral middle class around a centre (the US value of
// the specialty, or zero) and the same number of classes on either side of it.
//
// The rule. The class count is made odd (rounded up, 3..9): k = 2m + 1. With R the
// distance from the centre that 90% of the values lie within (not the largest distance,
// so that one outlier does not wash every other state into the middle; the outer classes
// are open-ended anyway), the neutral class is [centre - h, centre + h) with h about R / k,
// so that k classes 2h wide span about centre +- R: for equal interval exactly R / k,
// rounded like any break (break_rounding.hpp); for every other method the nice number
// (1, 2 or 5 x 10^n) nearest it; never under the display step, and small enough that the
// outermost class on the side reaching furthest is not empty. Each side then gets m
// classes:
//  - pretty (the default for diverging layers) and equal interval: symmetric steps,
//    breaks at centre +- h, +- 3h, +- 5h ..., so a colour means the same distance from the
//    centre on both sides (and a side with few values may have empty classes: that is the
//    data, not the scale, being lopsided);
//  - quantile and Jenks: that method's breaks among the values beyond the neutral band on
//    that side, rounded like every break (a side with fewer distinct values than classes
//    falls back to the symmetric steps);
//  - unclassed: one class spanning centre +- the largest distance, so a continuous ramp
//    puts the centre at its middle.
#include <span>

#include "core/figure/classification.hpp"

namespace medmap::figure {

// The odd class count a diverging scale uses for `classes`: 4 -> 5, 9 -> 9, 1 -> 3.
int diverging_class_count(int classes);

// Half the width of the neutral class (nice) for values 90% of which lie within `reach`
// of the centre and all within `max_reach`, with `classes` classes (odd).
double neutral_half_width(double reach, double max_reach, int classes, double display_step);

Classification classify_diverging(std::span<const double> values, double centre, ClassMethod method, int classes,
                                  double display_step);

}  // namespace medmap::figure
