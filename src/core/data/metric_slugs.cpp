#include "core/data/metric_slugs.hpp"

#include <array>

#include "core/data/stats_catalog.hpp"

namespace medmap::data {

namespace {

// Each id beside its catalog entry, in the order `medmap list` shows: the published
// metrics (catalog::kMetrics), then the derived ones (catalog::kDerivedMetrics).
struct IdEntry {
    MetricId id;
    const catalog::MetricEntry& entry;
};

constexpr std::array<IdEntry, 7> kIds{{
    {MetricId::MedianWage, catalog::kMetrics[0]},
    {MetricId::MeanWage, catalog::kMetrics[1]},
    {MetricId::Employment, catalog::kMetrics[2]},
    {MetricId::Growth, catalog::kMetrics[3]},
    {MetricId::Openings, catalog::kMetrics[4]},
    {MetricId::AdjustedMedianWage, catalog::kDerivedMetrics[0]},
    {MetricId::AdjustedMeanWage, catalog::kDerivedMetrics[1]},
}};
static_assert(kIds.size() == catalog::kMetrics.size() + catalog::kDerivedMetrics.size(),
              "every catalog metric has an id");

}  // namespace

std::string_view metric_slug(MetricId id) {
    for (const auto& [m, entry] : kIds)
        if (m == id) return entry.slug;
    return {};
}

std::optional<MetricId> metric_from_slug(std::string_view slug) {
    for (const auto& [m, entry] : kIds)
        if (entry.slug == slug) return m;
    return std::nullopt;
}

const catalog::MetricEntry* metric_entry(MetricId id) {
    for (const auto& [m, entry] : kIds)
        if (m == id) return &entry;
    return nullptr;
}

std::string metric_slug_list() {
    std::string list;
    for (std::size_t i = 0; i < kIds.size(); ++i) {
        if (i > 0) list += i + 1 == kIds.size() ? " or " : ", ";
        list += kIds[i].entry.slug;
    }
    return list;
}

}  // namespace medmap::data
