// load_dataset / parse_dataset: checks a stats JSON file against the format documented in
// stats/README.md and fills a Dataset. Only an area entry may be absent (its figures
// are then null); everything else the format describes is required.
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <set>
#include <utility>

#include "core/base/us_states.hpp"
#include "core/data/dataset.hpp"
#include "core/data/dataset_builder.hpp"
#include "core/data/json_checker.hpp"
#include "core/data/json_document.hpp"
#include "core/data/json_path.hpp"
#include "core/data/stats_editions_reader.hpp"
#include "core/data/stats_format.hpp"
#include "core/data/text_file.hpp"

namespace medmap::data {

namespace {

using nlohmann::json;
using WageFigures = Dataset::Builder::WageFigures;
using ProjectionFigures = Dataset::Builder::ProjectionFigures;

constexpr std::array<std::pair<std::string_view, MetricId>, 5> kMetricSlugs{{
    {"median-wage", MetricId::MedianWage},
    {"mean-wage", MetricId::MeanWage},
    {"employment", MetricId::Employment},
    {"growth", MetricId::Growth},
    {"openings", MetricId::Openings},
}};

bool is_slug(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

bool is_area_code(std::string_view code) {
    if (code == stats_format::kNationalArea) return true;
    const auto areas = states_and_dc();
    return std::any_of(areas.begin(), areas.end(), [&](const UsState& s) { return s.usps == code; });
}

class DatasetReader {
public:
    DatasetReader(const json& doc, const std::string& name, const DropHandler& on_dropped)
        : doc_(doc), check_(name), on_dropped_(on_dropped) {}

    Dataset read() && {
        check_.object(doc_, "");
        read_format();
        if (version_ == 1)
            check_.only_members(doc_, "", {"format", "version", "generated_by", "default_wage_year",
                                           "wage_years", "projection_period", "specialties", "metrics",
                                           "sources", "us_all_health_technicians", "wages", "projections"});
        else
            check_.only_members(doc_, "", {"format", "version", "generated_by", "default_wage_year",
                                           "wage_years", "projection_period", "projection_rounds",
                                           "specialties", "metrics", "sources", "editions", "crosswalk",
                                           "price_levels", "us_all_health_technicians", "wages",
                                           "projections"});
        read_years();
        read_rounds();
        read_specialties();
        read_sources();
        read_metrics();
        if (version_ >= 2) {
            EditionsReader editions{check_, builder_, wage_years_, rounds_, slugs_, source_ids_};
            editions.read_editions(member_of_doc("editions"));
            editions.read_crosswalk(member_of_doc("crosswalk"));
            if (doc_.contains("price_levels")) editions.read_price_levels(doc_["price_levels"]);
        }
        check_all_health_technicians();
        read_wages();
        read_projections();
        return std::move(builder_).finish();
    }

private:
    const json& member_of_doc(std::string_view key) const { return check_.member(doc_, "", key); }

    // Runs `read`. A problem it throws stops the load, or with --lenient is handed to
    // on_dropped_ and the part `read` was reading is left out; returns whether it was read.
    template <typename Read>
    bool read_or_drop(Read read) const {
        try {
            read();
            return true;
        } catch (const InputError& problem) {
            if (!on_dropped_) throw;
            on_dropped_(problem);
            return false;
        }
    }

    // JsonChecker::only_members, but each unknown field can be dropped on its own.
    void only_members_or_drop(const json& object, const std::string& path,
                              std::initializer_list<std::string_view> allowed) const {
        for (const auto& [key, value] : object.items())
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
                read_or_drop([&, &key = key] { check_.fail(json_child_path(path, key), "unknown field \"" + key + "\""); });
    }

    void read_format() {
        const std::string format = check_.string(member_of_doc("format"), "format");
        if (format != stats_format::kFormatName)
            check_.fail("format", "expected \"" + std::string(stats_format::kFormatName) + "\", found \"" +
                                      format + "\"");
        const long long version = check_.integer(member_of_doc("version"), "version");
        if (version < 1 || version > stats_format::kVersion)
            check_.fail("version", "unsupported version " + std::to_string(version) +
                                       " (this build reads versions 1 to " +
                                       std::to_string(stats_format::kVersion) + ")");
        version_ = static_cast<int>(version);
        check_.string(member_of_doc("generated_by"), "generated_by");
    }

    void read_years() {
        const json& years = check_.array(member_of_doc("wage_years"), "wage_years");
        if (years.empty()) check_.fail("wage_years", "needs at least one year");
        for (std::size_t i = 0; i < years.size(); ++i) {
            const std::string path = json_index_path("wage_years", i);
            const long long year = check_.integer(years[i], path);
            if (year < 1900 || year > 2200) check_.fail(path, std::to_string(year) + " is not a plausible year");
            if (!wage_years_.empty() && year <= wage_years_.back())
                check_.fail(path, "wage years must be strictly ascending");
            wage_years_.push_back(static_cast<int>(year));
        }
        const long long default_year = check_.integer(member_of_doc("default_wage_year"), "default_wage_year");
        if (std::find(wage_years_.begin(), wage_years_.end(), default_year) == wage_years_.end())
            check_.fail("default_wage_year", std::to_string(default_year) + " is not one of wage_years");
        builder_.set_wage_years(wage_years_, static_cast<int>(default_year));
    }

    // Version 1 has one round, `projection_period`; version 2 lists them all and names the
    // default in `projection_period`.
    void read_rounds() {
        const std::string default_round = check_.string(member_of_doc("projection_period"), "projection_period");
        if (version_ == 1) {
            rounds_ = {default_round};
        } else {
            rounds_ = check_.strings(member_of_doc("projection_rounds"), "projection_rounds");
            if (rounds_.empty()) check_.fail("projection_rounds", "needs at least one round");
            for (std::size_t i = 0; i < rounds_.size(); ++i)
                if (!stats_format::is_projection_round(rounds_[i]) || (i > 0 && rounds_[i] <= rounds_[i - 1]))
                    check_.fail(json_index_path("projection_rounds", i),
                                "\"" + rounds_[i] + "\" is not a round like 2024-2034 in ascending order");
            if (std::find(rounds_.begin(), rounds_.end(), default_round) == rounds_.end())
                check_.fail("projection_period", "\"" + default_round + "\" is not one of projection_rounds");
        }
        builder_.set_projection_rounds(rounds_, default_round);
    }

    Specialty read_specialty(const json& v, const std::string& path) const {
        check_.object(v, path);
        check_.only_members(v, path, {"slug", "soc", "name", "bls_title", "article_name", "note"});
        auto text = [&](std::string_view key) {
            return check_.string(check_.member(v, path, key), json_child_path(path, key));
        };
        Specialty s{text("slug"), text("soc"), text("name"), text("bls_title"), text("article_name"), text("note")};
        if (!is_slug(s.slug))
            check_.fail(json_child_path(path, "slug"),
                        "\"" + s.slug + "\" is not a slug (lowercase letters, digits and hyphens)");
        if (!stats_format::is_soc_code(s.soc))
            check_.fail(json_child_path(path, "soc"), "\"" + s.soc + "\" is not a SOC code like 29-2041");
        if (s.name.empty()) check_.fail(json_child_path(path, "name"), "must not be empty");
        return s;
    }

    void read_specialties() {
        const json& list = check_.array(member_of_doc("specialties"), "specialties");
        if (list.empty()) check_.fail("specialties", "needs at least one specialty");
        std::set<std::string> socs;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string path = json_index_path("specialties", i);
            Specialty s = read_specialty(list[i], path);
            if (!slugs_.insert(s.slug).second)
                check_.fail(json_child_path(path, "slug"), "duplicate slug \"" + s.slug + "\"");
            if (!socs.insert(s.soc).second)
                check_.fail(json_child_path(path, "soc"), "duplicate SOC code \"" + s.soc + "\"");
            builder_.add_specialty(std::move(s));
        }
    }

    void read_sources() {
        const json& sources = check_.object(member_of_doc("sources"), "sources");
        if (sources.empty()) check_.fail("sources", "needs at least one source");
        for (const auto& item : sources.items()) {
            // Named references, not structured bindings: clang 14 (the fuzz build) cannot
            // capture a structured binding in a lambda.
            const std::string& id = item.key();
            const json& v = item.value();
            const std::string path = json_child_path("sources", id);
            check_.object(v, path);
            if (version_ == 1)
                check_.only_members(v, path, {"name", "citation", "short_citation", "repository", "commit",
                                              "files", "extracts", "caveats"});
            else
                check_.only_members(v, path, {"name", "citation", "short_citation", "repository", "commit",
                                              "files", "extracts", "caveats", "imports"});
            auto text = [&](std::string_view key) {
                return check_.string(check_.member(v, path, key), json_child_path(path, key));
            };
            Source s;
            s.id = id;
            s.name = text("name");
            s.citation = text("citation");
            s.short_citation = text("short_citation");
            s.repository = text("repository");
            s.commit = text("commit");
            s.files = read_source_files(check_.member(v, path, "files"), json_child_path(path, "files"));
            s.extracts = check_.strings(check_.member(v, path, "extracts"), json_child_path(path, "extracts"));
            s.caveats = check_.strings(check_.member(v, path, "caveats"), json_child_path(path, "caveats"));
            if (v.contains("imports"))
                s.imports = read_import_records(check_, v["imports"], json_child_path(path, "imports"));
            source_ids_.insert(id);
            builder_.add_source(std::move(s));
        }
    }

    std::vector<SourceFile> read_source_files(const json& list, const std::string& path) const {
        std::vector<SourceFile> files;
        for (std::size_t i = 0; i < check_.array(list, path).size(); ++i) {
            const std::string file_path = json_index_path(path, i);
            const json& v = check_.object(list[i], file_path);
            check_.only_members(v, file_path, {"path", "commit", "used_for"});
            auto text = [&](std::string_view key) {
                return check_.string(check_.member(v, file_path, key), json_child_path(file_path, key));
            };
            files.push_back({text("path"), text("commit"), text("used_for")});
        }
        return files;
    }

    void read_metrics() {
        const json& list = check_.array(member_of_doc("metrics"), "metrics");
        std::set<MetricId> seen;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string path = json_index_path("metrics", i);
            const json& v = check_.object(list[i], path);
            check_.only_members(v, path, {"slug", "name", "unit", "period", "source", "note"});
            auto text = [&](std::string_view key) {
                return check_.string(check_.member(v, path, key), json_child_path(path, key));
            };
            Metric m{MetricId::MedianWage, text("slug"), text("name"), text("unit"),
                     text("period"),       text("source"), text("note")};
            const auto known = std::find_if(kMetricSlugs.begin(), kMetricSlugs.end(),
                                            [&](const auto& entry) { return entry.first == m.slug; });
            if (known == kMetricSlugs.end())
                check_.fail(json_child_path(path, "slug"), "unknown metric \"" + m.slug + "\"");
            m.id = known->second;
            if (!seen.insert(m.id).second)
                check_.fail(json_child_path(path, "slug"), "duplicate metric \"" + m.slug + "\"");
            if (!source_ids_.contains(m.source))
                check_.fail(json_child_path(path, "source"), "unknown source \"" + m.source + "\"");
            builder_.add_metric(std::move(m));
        }
        for (const auto& [slug, id] : kMetricSlugs)
            if (!seen.contains(id)) check_.fail("metrics", "missing the metric \"" + std::string(slug) + "\"");
    }

    int wage_year_key(const std::string& key, const std::string& path) const {
        int year = 0;
        const auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), year);
        if (ec != std::errc() || end != key.data() + key.size() ||
            std::find(wage_years_.begin(), wage_years_.end(), year) == wage_years_.end())
            check_.fail(path, "\"" + key + "\" is not one of wage_years");
        return year;
    }

    // Every wage year must have its own member in `object`, and no other key may appear.
    std::vector<std::pair<int, const json*>> members_by_wage_year(const json& object, const std::string& path) const {
        for (const auto& [key, v] : object.items()) wage_year_key(key, json_child_path(path, key));
        std::vector<std::pair<int, const json*>> out;
        for (int year : wage_years_) out.emplace_back(year, &check_.member(object, path, std::to_string(year)));
        return out;
    }

    // Same for the specialties' slugs.
    std::vector<std::pair<std::string, const json*>> members_by_specialty(const json& object,
                                                                          const std::string& path) const {
        for (const auto& [key, v] : object.items())
            if (!slugs_.contains(key))
                read_or_drop([&, &key = key] {
                    check_.fail(json_child_path(path, key), "unknown specialty \"" + key + "\"");
                });
        std::vector<std::pair<std::string, const json*>> out;
        for (const std::string& slug : slugs_)
            read_or_drop([&] { out.emplace_back(slug, &check_.member(object, path, slug)); });
        return out;
    }

    std::optional<double> wage(const json& cell, const std::string& path, std::string_view key) const {
        const std::string value_path = json_child_path(path, key);
        const json& raw = check_.member(cell, path, key);
        const auto v = check_.number_or_null(raw, value_path);
        if (v && *v < 0) check_.fail(value_path, "negative wage " + raw.dump());
        if (v && *v > stats_format::kMaxAnnualWage)
            check_.fail(value_path, "wage " + raw.dump() + " is above 1,000,000 USD, not a plausible annual wage");
        return v;
    }

    std::optional<double> count(const json& cell, const std::string& path, std::string_view key) const {
        const std::string value_path = json_child_path(path, key);
        const json& raw = check_.member(cell, path, key);
        const auto v = check_.number_or_null(raw, value_path);
        if (v && *v < 0) check_.fail(value_path, "negative count " + raw.dump());
        return v;
    }

    // One value of a cell; with --lenient a bad one becomes null.
    template <typename Read>
    std::optional<double> value_or_drop(Read read) const {
        std::optional<double> value;
        read_or_drop([&] { value = read(); });
        return value;
    }

    WageFigures read_wage_cell(const json& v, const std::string& path) const {
        check_.object(v, path);
        if (version_ == 1) only_members_or_drop(v, path, {"median", "mean", "employment"});
        else only_members_or_drop(v, path, {"median", "mean", "employment", "no_data"});
        WageFigures f{value_or_drop([&] { return wage(v, path, "median"); }),
                      value_or_drop([&] { return wage(v, path, "mean"); }),
                      value_or_drop([&] { return count(v, path, "employment"); })};
        read_reasons(v, path, {"median", "mean", "employment"}, f.why.data());
        return f;
    }

    // Version 2: "no_data" gives the reason of each null figure of a cell, and only those.
    void read_reasons(const json& cell, const std::string& path, std::initializer_list<std::string_view> fields,
                      std::string* why) const {
        if (!cell.contains("no_data")) return;
        read_or_drop([&] {
            const std::string reasons_path = json_child_path(path, "no_data");
            const json& reasons = check_.object(cell["no_data"], reasons_path);
            for (const auto& item : reasons.items()) {
                const std::string& field = item.key();
                const std::string field_path = json_child_path(reasons_path, field);
                const auto at = std::find(fields.begin(), fields.end(), field);
                if (at == fields.end()) check_.fail(field_path, "\"" + field + "\" is not a figure of this cell");
                if (!cell.contains(field) || !cell[field].is_null())
                    check_.fail(field_path, "a reason for a figure that is not null");
                why[at - fields.begin()] = check_.string(item.value(), field_path);
                if (why[at - fields.begin()].empty()) check_.fail(field_path, "must not be empty");
            }
        });
    }

    std::optional<double> growth(const json& cell, const std::string& path) const {
        const std::string growth_path = json_child_path(path, "growth_pct");
        const json& raw = check_.member(cell, path, "growth_pct");
        const auto growth = check_.number_or_null(raw, growth_path);
        if (growth && *growth < stats_format::kMinGrowthPct)
            check_.fail(growth_path, "growth " + raw.dump() + "% is below -100%");
        return growth;
    }

    ProjectionFigures read_projection_cell(const json& v, const std::string& path) const {
        check_.object(v, path);
        if (version_ == 1) only_members_or_drop(v, path, {"growth_pct", "openings"});
        else only_members_or_drop(v, path, {"growth_pct", "openings", "no_data"});
        ProjectionFigures f{value_or_drop([&] { return growth(v, path); }),
                            value_or_drop([&] { return count(v, path, "openings"); })};
        read_reasons(v, path, {"growth_pct", "openings"}, f.why.data());
        return f;
    }

    // Calls `read_cell(area, cell_json, path)` for each area present; absent areas stay null.
    template <typename ReadCell>
    void for_each_area(const json& areas, const std::string& path, ReadCell read_cell) const {
        check_.object(areas, path);
        for (const auto& [area, v] : areas.items()) {
            const std::string area_path = json_child_path(path, area);
            read_or_drop([&, &area = area, &v = v] {
                if (!is_area_code(area))
                    check_.fail(area_path, "unknown area code \"" + area +
                                               "\" (expected the USPS code of a state or DC, or \"US\")");
                read_cell(area, v, area_path);
            });
        }
    }

    // The 29-2000 group overall (national only). Stats files carry it and it must be
    // well formed, but nothing shows it: it is checked, not kept.
    void check_all_health_technicians() const {
        const std::string path = "us_all_health_technicians";
        const json& v = check_.object(member_of_doc(path), path);
        check_.only_members(v, path, {"slug", "soc", "name", "bls_title", "article_name", "note", "years"});
        json description = v;
        description.erase("years");
        read_specialty(description, path);
        const std::string years_path = json_child_path(path, "years");
        const json& years = check_.object(check_.member(v, path, "years"), years_path);
        for (const auto& [year, cell] : members_by_wage_year(years, years_path))
            read_wage_cell(*cell, json_child_path(years_path, std::to_string(year)));
    }

    void read_wages() {
        const json& wages = check_.object(member_of_doc("wages"), "wages");
        for (const auto& [year, by_specialty] : members_by_wage_year(wages, "wages")) {
            const std::string year_path = json_child_path("wages", std::to_string(year));
            check_.object(*by_specialty, year_path);
            for (const auto& [slug, areas] : members_by_specialty(*by_specialty, year_path))
                for_each_area(*areas, json_child_path(year_path, slug),
                              [&, year = year, slug = slug](const std::string& area, const json& cell,
                                                            const std::string& path) {
                                  builder_.set_wages(year, slug, area, read_wage_cell(cell, path));
                              });
        }
    }

    // Version 1: projections[slug][area], one round. Version 2: projections[round][slug][area].
    void read_projections() {
        const json& projections = check_.object(member_of_doc("projections"), "projections");
        if (version_ == 1) return read_round(rounds_.front(), projections, "projections");
        for (const auto& item : projections.items())
            if (std::find(rounds_.begin(), rounds_.end(), item.key()) == rounds_.end())
                check_.fail(json_child_path("projections", item.key()),
                            "\"" + item.key() + "\" is not one of projection_rounds");
        for (const std::string& round : rounds_)
            read_round(round, check_.member(projections, "projections", round), json_child_path("projections", round));
    }

    void read_round(const std::string& round, const json& by_specialty, const std::string& round_path) {
        check_.object(by_specialty, round_path);
        for (const auto& [slug, areas] : members_by_specialty(by_specialty, round_path))
            for_each_area(*areas, json_child_path(round_path, slug),
                          [&, slug = slug](const std::string& area, const json& cell, const std::string& path) {
                              builder_.set_projection(round, slug, area, read_projection_cell(cell, path));
                          });
    }

    const json& doc_;
    JsonChecker check_;
    const DropHandler& on_dropped_;
    Dataset::Builder builder_;
    int version_ = 0;
    std::vector<int> wage_years_;
    std::vector<std::string> rounds_;
    std::set<std::string> slugs_;
    std::set<std::string> source_ids_;
};

}  // namespace

Dataset parse_dataset(std::string_view json_text, const std::string& name, const DropHandler& on_dropped) {
    const json doc = parse_json_strictly(json_text, name);
    return DatasetReader(doc, name, on_dropped).read();
}

Dataset load_dataset(const std::filesystem::path& path, const DropHandler& on_dropped) {
    return parse_dataset(read_text_file(path, stats_format::kMaxFileBytes), path.string(), on_dropped);
}

}  // namespace medmap::data
