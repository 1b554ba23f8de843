// load_dataset / parse_dataset: checks a stats JSON file against the format documented in
// stats/README.md and fills a Dataset. Only an area entry may be absent (its figures
// are then null); everything else the format describes is required.
#include <algorithm>
#include <set>
#include <utility>

#include "core/data/dataset.hpp"
#include "core/data/dataset_builder.hpp"
#include "core/data/json_checker.hpp"
#include "core/data/json_document.hpp"
#include "core/data/json_path.hpp"
#include "core/data/stats_cells_reader.hpp"
#include "core/data/stats_descriptions_reader.hpp"
#include "core/data/stats_editions_reader.hpp"
#include "core/data/stats_format.hpp"
#include "core/data/text_file.hpp"

namespace medmap::data {

namespace {

using nlohmann::json;

class DatasetReader {
public:
    DatasetReader(const json& doc, const std::string& name, const DropHandler& on_dropped)
        : doc_(doc), check_(name), cells_(check_, on_dropped, version_, wage_years_, slugs_) {}

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
        const DescriptionsReader descriptions{check_, builder_, version_, slugs_, source_ids_};
        descriptions.read_specialties(member_of_doc("specialties"));
        descriptions.read_sources(member_of_doc("sources"));
        descriptions.read_metrics(member_of_doc("metrics"));
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

    // The 29-2000 group overall (national only). Stats files carry it and it must be
    // well formed, but nothing shows it: it is checked, not kept.
    void check_all_health_technicians() const {
        const std::string path = "us_all_health_technicians";
        const json& v = check_.object(member_of_doc(path), path);
        check_.only_members(v, path, {"slug", "soc", "name", "bls_title", "article_name", "note", "years"});
        json description = v;
        description.erase("years");
        read_specialty(check_, description, path);
        const std::string years_path = json_child_path(path, "years");
        const json& years = check_.object(check_.member(v, path, "years"), years_path);
        for (const auto& [year, cell] : cells_.members_by_wage_year(years, years_path))
            cells_.read_wage_cell(*cell, json_child_path(years_path, std::to_string(year)));
    }

    void read_wages() {
        const json& wages = check_.object(member_of_doc("wages"), "wages");
        for (const auto& [year, by_specialty] : cells_.members_by_wage_year(wages, "wages")) {
            const std::string year_path = json_child_path("wages", std::to_string(year));
            check_.object(*by_specialty, year_path);
            for (const auto& [slug, areas] : cells_.members_by_specialty(*by_specialty, year_path))
                cells_.for_each_area(*areas, json_child_path(year_path, slug),
                                     [&, year = year, slug = slug](const std::string& area, const json& cell,
                                                                   const std::string& path) {
                                         builder_.set_wages(year, slug, area, cells_.read_wage_cell(cell, path));
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
        for (const auto& [slug, areas] : cells_.members_by_specialty(by_specialty, round_path))
            cells_.for_each_area(*areas, json_child_path(round_path, slug),
                                 [&, slug = slug](const std::string& area, const json& cell, const std::string& path) {
                                     builder_.set_projection(round, slug, area, cells_.read_projection_cell(cell, path));
                                 });
    }

    const json& doc_;
    JsonChecker check_;
    Dataset::Builder builder_;
    int version_ = 0;
    std::vector<int> wage_years_;
    std::vector<std::string> rounds_;
    std::set<std::string> slugs_;
    std::set<std::string> source_ids_;
    CellsReader cells_;  // after the members it refers to
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
