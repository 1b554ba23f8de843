#include "core/data/stats_descriptions_reader.hpp"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "core/data/json_path.hpp"
#include "core/data/metric_slugs.hpp"
#include "core/data/stats_editions_reader.hpp"
#include "core/data/stats_format.hpp"

namespace medmap::data {

namespace {

using nlohmann::json;

// The metrics a stats file publishes (their slugs are metric_slugs.cpp's); the adjusted
// wages are derived at load, never stored.
constexpr std::array<MetricId, 5> kPublishedMetrics{MetricId::MedianWage, MetricId::MeanWage, MetricId::Employment,
                                                    MetricId::Growth, MetricId::Openings};

bool is_published(MetricId id) {
    return std::find(kPublishedMetrics.begin(), kPublishedMetrics.end(), id) != kPublishedMetrics.end();
}

bool is_slug(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

std::vector<SourceFile> read_source_files(const JsonChecker& check, const json& list, const std::string& path) {
    std::vector<SourceFile> files;
    for (std::size_t i = 0; i < check.array(list, path).size(); ++i) {
        const std::string file_path = json_index_path(path, i);
        const json& v = check.object(list[i], file_path);
        check.only_members(v, file_path, {"path", "commit", "used_for"});
        auto text = [&](std::string_view key) {
            return check.string(check.member(v, file_path, key), json_child_path(file_path, key));
        };
        files.push_back({text("path"), text("commit"), text("used_for")});
    }
    return files;
}

}  // namespace

Specialty read_specialty(const JsonChecker& check, const json& v, const std::string& path) {
    check.object(v, path);
    check.only_members(v, path, {"slug", "soc", "name", "bls_title", "article_name", "note"});
    auto text = [&](std::string_view key) {
        return check.string(check.member(v, path, key), json_child_path(path, key));
    };
    Specialty s{text("slug"), text("soc"), text("name"), text("bls_title"), text("article_name"), text("note")};
    if (!is_slug(s.slug))
        check.fail(json_child_path(path, "slug"), "\"" + s.slug + "\" is not a slug (lowercase letters, digits and hyphens)");
    if (!stats_format::is_soc_code(s.soc))
        check.fail(json_child_path(path, "soc"), "\"" + s.soc + "\" is not a SOC code like 29-2041");
    if (s.name.empty()) check.fail(json_child_path(path, "name"), "must not be empty");
    return s;
}

void DescriptionsReader::read_specialties(const json& list_json) const {
    const json& list = check.array(list_json, "specialties");
    if (list.empty()) check.fail("specialties", "needs at least one specialty");
    std::set<std::string> socs;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string path = json_index_path("specialties", i);
        Specialty s = read_specialty(check, list[i], path);
        if (!slugs.insert(s.slug).second) check.fail(json_child_path(path, "slug"), "duplicate slug \"" + s.slug + "\"");
        if (!socs.insert(s.soc).second)
            check.fail(json_child_path(path, "soc"), "duplicate SOC code \"" + s.soc + "\"");
        builder.add_specialty(std::move(s));
    }
}

void DescriptionsReader::read_sources(const json& sources_json) const {
    const json& sources = check.object(sources_json, "sources");
    if (sources.empty()) check.fail("sources", "needs at least one source");
    for (const auto& item : sources.items()) {
        // Named references, not structured bindings: clang 14 (the fuzz build) cannot
        // capture a structured binding in a lambda.
        const std::string& id = item.key();
        const json& v = item.value();
        const std::string path = json_child_path("sources", id);
        check.object(v, path);
        if (version == 1)
            check.only_members(v, path, {"name", "citation", "short_citation", "repository", "commit", "files",
                                         "extracts", "caveats"});
        else
            check.only_members(v, path, {"name", "citation", "short_citation", "repository", "commit", "files",
                                         "extracts", "caveats", "imports"});
        auto text = [&](std::string_view key) {
            return check.string(check.member(v, path, key), json_child_path(path, key));
        };
        Source s;
        s.id = id;
        s.name = text("name");
        s.citation = text("citation");
        s.short_citation = text("short_citation");
        s.repository = text("repository");
        s.commit = text("commit");
        s.files = read_source_files(check, check.member(v, path, "files"), json_child_path(path, "files"));
        s.extracts = check.strings(check.member(v, path, "extracts"), json_child_path(path, "extracts"));
        s.caveats = check.strings(check.member(v, path, "caveats"), json_child_path(path, "caveats"));
        if (v.contains("imports")) s.imports = read_import_records(check, v["imports"], json_child_path(path, "imports"));
        source_ids.insert(id);
        builder.add_source(std::move(s));
    }
}

void DescriptionsReader::read_metrics(const json& list_json) const {
    const json& list = check.array(list_json, "metrics");
    std::set<MetricId> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string path = json_index_path("metrics", i);
        const json& v = check.object(list[i], path);
        check.only_members(v, path, {"slug", "name", "unit", "period", "source", "note"});
        auto text = [&](std::string_view key) {
            return check.string(check.member(v, path, key), json_child_path(path, key));
        };
        Metric m{MetricId::MedianWage, text("slug"), text("name"), text("unit"),
                 text("period"),       text("source"), text("note")};
        const auto known = metric_from_slug(m.slug);
        if (!known || !is_published(*known))
            check.fail(json_child_path(path, "slug"), "unknown metric \"" + m.slug + "\"");
        m.id = *known;
        if (!seen.insert(m.id).second) check.fail(json_child_path(path, "slug"), "duplicate metric \"" + m.slug + "\"");
        if (!source_ids.contains(m.source))
            check.fail(json_child_path(path, "source"), "unknown source \"" + m.source + "\"");
        builder.add_metric(std::move(m));
    }
    for (MetricId id : kPublishedMetrics)
        if (!seen.contains(id)) check.fail("metrics", "missing the metric \"" + std::string(metric_slug(id)) + "\"");
}

}  // namespace medmap::data
