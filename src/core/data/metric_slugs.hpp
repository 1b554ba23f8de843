#pragma once
// The one place a metric's command-line slug meets its id: every flag, log line and
// error message about metrics goes through these.
#include <optional>
#include <string>
#include <string_view>

#include "core/data/dataset.hpp"
#include "core/data/stats_catalog.hpp"

namespace medmap::data {

std::string_view metric_slug(MetricId id);
std::optional<MetricId> metric_from_slug(std::string_view slug);
// The catalog's entry (slug, name, unit, period, source, note) of a metric.
const catalog::MetricEntry* metric_entry(MetricId id);
// "median-wage, mean-wage, employment, growth, openings, adjusted-median-wage or
// adjusted-mean-wage": for messages.
std::string metric_slug_list();

}  // namespace medmap::data
