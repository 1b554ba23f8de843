#pragma once
// The legend's class labels. One scheme for every metric and method, so a boundary value
// visibly belongs to exactly one class:
//   first class   "under $36,000"
//   middle class  "$36,000 – $41,499"  (the next break minus one display step: values are
//                                        whole dollars, whole jobs or tenths of a percent)
//   last class    "$52,000 and over"
// A single class shows its one value, or its range when it has more than one.
#include <string>
#include <vector>

#include "core/figure/classification.hpp"
#include "core/figure/layer_values.hpp"

namespace medmap::figure {

std::vector<std::string> class_labels(const Classification& classification, ValueUnit unit);

}  // namespace medmap::figure
