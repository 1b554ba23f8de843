#pragma once
// Turns the states' values into classes. Breaks are rounded (break_rounding.hpp) *before*
// classifying, so the legend's labels are exactly the rule applied; quantile and Jenks
// breaks are rounded only within the gap between two classes' values, so every state keeps
// the class the exact method gives it.
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace medmap::figure {

enum class ClassMethod { Quantile, EqualInterval, Jenks, Pretty, Unclassed };

std::string to_string(ClassMethod m);                     // "quantile", "equal", "jenks", "pretty", "unclassed"
std::optional<ClassMethod> class_method_from_string(const std::string& s);
// "quantile, equal, jenks, pretty or unclassed": for usage messages.
inline constexpr const char* kClassMethodChoices = "quantile, equal, jenks, pretty or unclassed";

inline constexpr int kMinClasses = 3;
inline constexpr int kMaxClasses = 9;

// Class i holds values v with edges[i] <= v < edges[i+1]; the last class also holds
// edges.back() itself. edges.size() == class_count() + 1.
struct Classification {
    ClassMethod method = ClassMethod::Quantile;
    std::vector<double> edges;
    // Diverging scales (diverging_classification.hpp) have an odd class count whose middle
    // class is the neutral band around `centre`.
    bool diverging = false;
    double centre = 0;

    int class_count() const { return edges.size() < 2 ? 0 : static_cast<int>(edges.size()) - 1; }
    // -1 for a value outside [edges.front(), edges.back()] or with no classes.
    int class_of(double v) const;
    int middle_class() const { return diverging ? class_count() / 2 : -1; }
};

// `values` are the non-missing values; `display_step` is the smallest step the metric is
// shown in. Fewer classes than asked are returned when the data has fewer distinct values.
// Unclassed returns a single class spanning min..max (colour by position in it).
Classification classify(std::span<const double> values, ClassMethod method, int classes, double display_step);

// The unrounded breaks between classes (classes - 1 of them, fewer for few distinct
// values) of a method over ascending `sorted` values; Unclassed has none. Pretty breaks
// are already round (multiples of a 1-2-5 step at least `display_step`).
std::vector<double> inner_breaks(std::span<const double> sorted, ClassMethod method, int classes,
                                 double display_step);

}  // namespace medmap::figure
