#include "core/data/csv_table.hpp"

#include <stdexcept>

#include "core/base/input_error.hpp"
#include "core/data/text_file.hpp"

namespace medmap::data {

namespace {
std::string fields(std::size_t n) { return std::to_string(n) + (n == 1 ? " field" : " fields"); }
}  // namespace

const std::string& CsvRow::operator[](std::string_view column) const {
    const auto it = table_.column_index_.find(column);
    // Asking for a column that was not required is a bug in the caller, not bad input.
    if (it == table_.column_index_.end()) throw std::logic_error("CSV column not required: " + std::string(column));
    return record_.fields[it->second];
}

std::string CsvRow::place(std::string_view column) const {
    return "line " + std::to_string(record_.line) + ", field " + std::string(column);
}

void CsvRow::fail(std::string_view column, const std::string& what) const {
    throw InputError(table_.name_, place(column), what);
}

void CsvRow::fail(const std::string& what) const {
    throw InputError(table_.name_, "line " + std::to_string(record_.line), what);
}

CsvTable CsvTable::read(const std::filesystem::path& path, std::initializer_list<std::string_view> required_columns) {
    return parse(read_text_file(path), path.string(), required_columns);
}

CsvTable CsvTable::parse(std::string_view text, const std::string& name,
                         std::initializer_list<std::string_view> required_columns) {
    CsvTable table;
    table.name_ = name;
    std::vector<CsvRecord> records = parse_csv_records(text, name);
    if (records.empty()) throw InputError(name, "", "the file is empty (no header line)");

    const CsvRecord& header = records.front();
    const std::string header_place = "line " + std::to_string(header.line);
    for (std::size_t i = 0; i < header.fields.size(); ++i)
        if (!table.column_index_.emplace(header.fields[i], i).second)
            throw InputError(name, header_place, "column \"" + header.fields[i] + "\" appears twice in the header");
    for (std::string_view column : required_columns)
        if (!table.column_index_.contains(column))
            throw InputError(name, header_place, "missing column \"" + std::string(column) + "\"");

    for (std::size_t i = 1; i < records.size(); ++i)
        if (records[i].fields.size() != header.fields.size())
            throw InputError(name, "line " + std::to_string(records[i].line),
                             "the row has " + fields(records[i].fields.size()) + " but the header has " +
                                 fields(header.fields.size()));
    records.erase(records.begin());
    table.records_ = std::move(records);
    return table;
}

}  // namespace medmap::data
