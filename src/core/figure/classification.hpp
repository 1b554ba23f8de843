#pragma once
// Turns the states' values into classes. Breaks are rounded to the metric's display
// step *before* classifying, so the legend's labels are exactly the rule applied.
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace medmap::figure {

enum class ClassMethod { Quantile, EqualInterval, Jenks, Pretty, Unclassed };

std::string to_string(ClassMethod m);                     // "quantile", "equal", "jenks", "pretty", "unclassed"
std::optional<ClassMethod> class_method_from_string(const std::string& s);

// Class i holds values v with edges[i] <= v < edges[i+1]; the last class also holds
// edges.back() itself. edges.size() == class_count() + 1.
struct Classification {
    ClassMethod method = ClassMethod::Quantile;
    std::vector<double> edges;

    int class_count() const { return edges.size() < 2 ? 0 : static_cast<int>(edges.size()) - 1; }
    // -1 for a value outside [edges.front(), edges.back()] or with no classes.
    int class_of(double v) const;
};

// `values` are the non-missing values; `step` is the display step (breaks are multiples
// of it). Fewer classes than asked are returned when the data has fewer distinct values.
// Unclassed returns a single class spanning min..max (colour by position in it).
Classification classify(std::span<const double> values, ClassMethod method, int classes, double step);

}  // namespace medmap::figure
