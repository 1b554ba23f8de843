#pragma once
// The figures of a stats file, cell by cell: wages, counts, growth and the reasons of null
// figures, each checked at its JSON path. With --lenient (an on_dropped handler) a bad
// value, field, area or specialty is handed to the handler and left out, as no data;
// without one the first problem throws. Used by the loader.
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/drop_handler.hpp"
#include "core/base/input_error.hpp"
#include "core/data/dataset_builder.hpp"
#include "core/data/json_checker.hpp"
#include "core/data/json_path.hpp"

namespace medmap::data {

// A state's or DC's USPS code, or "US".
bool is_area_code(std::string_view code);

class CellsReader {
public:
    CellsReader(const JsonChecker& check, const DropHandler& on_dropped, const int& version,
                const std::vector<int>& wage_years, const std::set<std::string>& slugs)
        : check_(check), on_dropped_(on_dropped), version_(version), wage_years_(wage_years), slugs_(slugs) {}

    // Runs `read`. A problem it throws stops the load, or with --lenient is handed to
    // on_dropped and the part `read` was reading is left out; returns whether it was read.
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

    // Every wage year must have its own member in `object`, and no other key may appear.
    std::vector<std::pair<int, const nlohmann::json*>> members_by_wage_year(const nlohmann::json& object,
                                                                            const std::string& path) const;
    // Same for the specialties' slugs; an unknown or missing one may be dropped.
    std::vector<std::pair<std::string, const nlohmann::json*>> members_by_specialty(const nlohmann::json& object,
                                                                                    const std::string& path) const;

    // Calls `read_cell(area, cell_json, path)` for each area present; absent areas stay null.
    template <typename ReadCell>
    void for_each_area(const nlohmann::json& areas, const std::string& path, ReadCell read_cell) const {
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

    Dataset::Builder::WageFigures read_wage_cell(const nlohmann::json& v, const std::string& path) const;
    Dataset::Builder::ProjectionFigures read_projection_cell(const nlohmann::json& v, const std::string& path) const;

private:
    // JsonChecker::only_members, but each unknown field can be dropped on its own.
    void only_members_or_drop(const nlohmann::json& object, const std::string& path,
                              std::initializer_list<std::string_view> allowed) const;
    int wage_year_key(const std::string& key, const std::string& path) const;
    // A figure that may be null but not negative ("negative wage -5"); `what` names it.
    std::optional<double> non_negative(const nlohmann::json& cell, const std::string& path, std::string_view key,
                                       const std::string& what) const;
    std::optional<double> wage(const nlohmann::json& cell, const std::string& path, std::string_view key) const;
    std::optional<double> count(const nlohmann::json& cell, const std::string& path, std::string_view key) const;
    std::optional<double> growth(const nlohmann::json& cell, const std::string& path) const;
    // Version 2: "no_data" gives the reason of each null figure of a cell, and only those.
    void read_reasons(const nlohmann::json& cell, const std::string& path,
                      std::initializer_list<std::string_view> fields, std::string* why) const;

    // One value of a cell; with --lenient a bad one becomes null.
    template <typename Read>
    std::optional<double> value_or_drop(Read read) const {
        std::optional<double> value;
        read_or_drop([&] { value = read(); });
        return value;
    }

    const JsonChecker& check_;
    const DropHandler& on_dropped_;
    const int& version_;  // read from the file's header before any cell
    const std::vector<int>& wage_years_;
    const std::set<std::string>& slugs_;
};

}  // namespace medmap::data
