#include "core/data/stats_editions_reader.hpp"

#include <algorithm>

#include "core/base/us_states.hpp"
#include "core/data/json_path.hpp"
#include "core/data/stats_format.hpp"

namespace medmap::data {

using nlohmann::json;

namespace {

bool is_area(std::string_view code) {
    if (code == stats_format::kNationalArea) return true;
    const auto areas = states_and_dc();
    return std::any_of(areas.begin(), areas.end(), [&](const UsState& s) { return s.usps == code; });
}

}  // namespace

void EditionsReader::read_editions(const json& editions) const {
    const std::string path = "editions";
    check.object(editions, path);
    check.only_members(editions, path, {"wages", "projections"});
    auto source_of = [&](const json& object, const std::string& object_path, const std::string& key) {
        const std::string key_path = json_child_path(object_path, key);
        const std::string id = check.string(check.member(object, object_path, key), key_path);
        if (!source_ids.contains(id)) check.fail(key_path, "unknown source \"" + id + "\"");
        return id;
    };
    const std::string wages_path = json_child_path(path, "wages");
    const json& wages = check.object(check.member(editions, path, "wages"), wages_path);
    if (wages.size() != wage_years.size()) check.fail(wages_path, "needs exactly one entry per wage year");
    for (int year : wage_years) builder.set_wage_source(year, source_of(wages, wages_path, std::to_string(year)));
    const std::string rounds_path = json_child_path(path, "projections");
    const json& by_round = check.object(check.member(editions, path, "projections"), rounds_path);
    if (by_round.size() != rounds.size()) check.fail(rounds_path, "needs exactly one entry per projection round");
    for (const std::string& round : rounds) builder.set_round_source(round, source_of(by_round, rounds_path, round));
}

void EditionsReader::read_crosswalk(const json& crosswalk) const {
    const std::string path = "crosswalk";
    check.array(crosswalk, path);
    for (std::size_t i = 0; i < crosswalk.size(); ++i) {
        const std::string entry_path = json_index_path(path, i);
        const json& v = check.object(crosswalk[i], entry_path);
        check.only_members(v, entry_path, {"kind", "edition", "slug", "soc", "title", "note"});
        auto text = [&](std::string_view key) {
            return check.string(check.member(v, entry_path, key), json_child_path(entry_path, key));
        };
        const std::string kind = text("kind"), edition = text("edition"), slug = text("slug");
        const bool known_edition =
            kind == "wages" ? std::any_of(wage_years.begin(), wage_years.end(),
                                          [&](int y) { return std::to_string(y) == edition; })
            : kind == "projections" ? std::find(rounds.begin(), rounds.end(), edition) != rounds.end()
                                    : (check.fail(json_child_path(entry_path, "kind"),
                                                  "\"" + kind + "\" is neither \"wages\" nor \"projections\""),
                                       false);
        if (!known_edition) check.fail(json_child_path(entry_path, "edition"), "\"" + edition + "\" is not in the file");
        if (!slugs.contains(slug)) check.fail(json_child_path(entry_path, "slug"), "unknown specialty \"" + slug + "\"");
        SuppliedBy by{text("soc"), text("title"), text("note")};
        if (!stats_format::is_soc_code(by.soc))
            check.fail(json_child_path(entry_path, "soc"), "\"" + by.soc + "\" is not a SOC code like 29-2041");
        builder.set_supplied_by(edition, slug, std::move(by));
    }
}

void EditionsReader::read_price_levels(const json& levels) const {
    const std::string path = "price_levels";
    check.object(levels, path);
    check.only_members(levels, path, {"source", "years"});
    const std::string source_path = json_child_path(path, "source");
    const std::string id = check.string(check.member(levels, path, "source"), source_path);
    if (!source_ids.contains(id)) check.fail(source_path, "unknown source \"" + id + "\"");
    builder.set_price_source(id);
    const std::string years_path = json_child_path(path, "years");
    const json& years = check.object(check.member(levels, path, "years"), years_path);
    for (const auto& year_item : years.items()) {
        const std::string year_path = json_child_path(years_path, year_item.key());
        int year = 0;
        try {
            std::size_t used = 0;
            year = std::stoi(year_item.key(), &used);
            if (used != year_item.key().size()) throw std::invalid_argument("trailing text");
        } catch (const std::exception&) {
            check.fail(year_path, "\"" + year_item.key() + "\" is not a year");
        }
        for (const auto& area_item : check.object(year_item.value(), year_path).items()) {
            const std::string area_path = json_child_path(year_path, area_item.key());
            if (!is_area(area_item.key())) check.fail(area_path, "unknown area code \"" + area_item.key() + "\"");
            const auto level = check.number_or_null(area_item.value(), area_path);
            if (!level) check.fail(area_path, "a price level must be a number");
            if (*level <= 0 || *level > 1000) check.fail(area_path, "price level " + area_item.value().dump() +
                                                                       " is not plausible (US = 100)");
            builder.set_price_level(year, area_item.key(), *level);
        }
    }
}

std::vector<ImportRecord> read_import_records(const JsonChecker& check, const json& list, const std::string& path) {
    std::vector<ImportRecord> records;
    for (std::size_t i = 0; i < check.array(list, path).size(); ++i) {
        const std::string item_path = json_index_path(path, i);
        const json& v = check.object(list[i], item_path);
        check.only_members(v, item_path, {"file", "sha256", "sheet", "edition", "rows_used", "caveats"});
        auto text = [&](std::string_view key) {
            return check.string(check.member(v, item_path, key), json_child_path(item_path, key));
        };
        ImportRecord r{text("file"), text("sha256"), text("sheet"), text("edition"),
                       check.integer(check.member(v, item_path, "rows_used"), json_child_path(item_path, "rows_used")),
                       check.strings(check.member(v, item_path, "caveats"), json_child_path(item_path, "caveats"))};
        records.push_back(std::move(r));
    }
    return records;
}

}  // namespace medmap::data
