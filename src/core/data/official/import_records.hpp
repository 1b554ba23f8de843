#pragma once
// Helpers the official readers share: import records, and adding a row without letting
// two files silently give the same figure.
#include <map>
#include <set>
#include <string>

#include "core/base/input_error.hpp"
#include "core/data/official/official_model.hpp"

namespace medmap::data::official {

inline ImportRecord new_record(const InputFile& file, const std::string& sheet, const std::string& edition) {
    return ImportRecord{file.name, file.sha256, sheet, edition, 0, {}};
}

inline std::string joined(const std::set<std::string>& items) {
    std::string out;
    for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

// rows[soc][area] = row; a second file giving the same one is an error naming both.
template <typename Row>
void add_row(std::map<std::string, std::map<std::string, Row>>& rows, const std::string& soc,
             const std::string& area, Row row, const std::string& edition) {
    auto [it, fresh] = rows[soc].try_emplace(area, row);
    if (!fresh && it->second.file != row.file)
        throw InputError(row.file, "", it->second.file + " and this file both give " + area + " " + soc + " for " +
                                           edition);
    if (!fresh) it->second = std::move(row);
}

}  // namespace medmap::data::official
