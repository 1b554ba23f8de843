#pragma once
// A small RFC 4180 CSV reader that remembers on which line each record starts.
// (GDAL's CSV driver numbers features, not lines: it skips blank lines, lets a quoted
// field span lines and pads a short row silently, so it cannot name the line at fault.)
#include <cstddef>
#include <filesystem>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace medmap::data {

struct CsvRecord {
    int line = 0;  // 1-based line on which the record starts
    std::vector<std::string> fields;
};

// Splits CSV text into records. Accepts CRLF, LF or CR line ends, a UTF-8 BOM, quoted
// fields with "" for a quote; skips empty lines. Throws medmap::InputError naming
// `name` and the line for a stray or unterminated quote.
std::vector<CsvRecord> parse_csv_records(std::string_view text, const std::string& name);

class CsvTable;

// One data record, with its fields looked up by column name.
class CsvRow {
public:
    CsvRow(const CsvTable& table, const CsvRecord& record) : table_(table), record_(record) {}

    int line() const { return record_.line; }
    const std::string& operator[](std::string_view column) const;

    // "line 17, field a_mean", the place for an InputError.
    std::string place(std::string_view column) const;
    [[noreturn]] void fail(std::string_view column, const std::string& what) const;
    [[noreturn]] void fail(const std::string& what) const;

private:
    const CsvTable& table_;
    const CsvRecord& record_;
};

class CsvTable {
public:
    // Reads `path`; the first record is the header and must name every column in
    // `required_columns` (others are ignored). Every record must have as many fields as
    // the header. Throws medmap::InputError naming the file and line.
    static CsvTable read(const std::filesystem::path& path, std::initializer_list<std::string_view> required_columns);
    static CsvTable parse(std::string_view text, const std::string& name,
                          std::initializer_list<std::string_view> required_columns);

    const std::string& name() const { return name_; }
    std::size_t row_count() const { return records_.size(); }
    CsvRow row(std::size_t i) const { return CsvRow(*this, records_[i]); }

private:
    friend class CsvRow;
    std::string name_;
    std::map<std::string, std::size_t, std::less<>> column_index_;
    std::vector<CsvRecord> records_;  // without the header
};

}  // namespace medmap::data
