#include "core/data/metric_slugs.hpp"

#include <array>
#include <utility>

#include "core/data/stats_catalog.hpp"

namespace medmap::data {

namespace {

// Each id beside its catalog entry, in the catalog's order (which `medmap list` shows).
constexpr std::array<std::pair<MetricId, std::size_t>, 5> kIds{{
    {MetricId::MedianWage, 0}, {MetricId::MeanWage, 1}, {MetricId::Employment, 2}, {MetricId::Growth, 3},
    {MetricId::Openings, 4},
}};
static_assert(kIds.size() == catalog::kMetrics.size(), "every catalog metric has an id");

}  // namespace

std::string_view metric_slug(MetricId id) {
    for (const auto& [m, index] : kIds)
        if (m == id) return catalog::kMetrics[index].slug;
    return {};
}

std::optional<MetricId> metric_from_slug(std::string_view slug) {
    for (const auto& [m, index] : kIds)
        if (catalog::kMetrics[index].slug == slug) return m;
    return std::nullopt;
}

std::string metric_slug_list() {
    std::string list;
    for (std::size_t i = 0; i < kIds.size(); ++i) {
        if (i > 0) list += i + 1 == kIds.size() ? " or " : ", ";
        list += catalog::kMetrics[kIds[i].second].slug;
    }
    return list;
}

}  // namespace medmap::data
