// parse_csv_records: the RFC 4180 tokenizer behind CsvTable.
#include "core/base/input_error.hpp"
#include "core/data/csv_table.hpp"

namespace medmap::data {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

class CsvTokenizer {
public:
    CsvTokenizer(std::string_view text, const std::string& name) : text_(text), name_(name) {
        if (text_.starts_with(kUtf8Bom)) text_.remove_prefix(kUtf8Bom.size());
    }

    std::vector<CsvRecord> records() {
        std::vector<CsvRecord> out;
        while (pos_ < text_.size()) {
            if (at_line_end()) {  // an empty line carries nothing
                skip_line_end();
                continue;
            }
            out.push_back(record());
        }
        return out;
    }

private:
    bool at_line_end() const { return text_[pos_] == '\n' || text_[pos_] == '\r'; }

    // CRLF counts as one line end, as do a lone LF or CR.
    void skip_line_end() {
        if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
        ++pos_;
        ++line_;
    }

    CsvRecord record() {
        CsvRecord rec;
        rec.line = line_;
        for (;;) {
            rec.fields.push_back(field(rec));
            if (pos_ >= text_.size()) break;
            if (text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            skip_line_end();  // field() stops only at a comma, a line end or the end
            break;
        }
        return rec;
    }

    std::string field(const CsvRecord& rec) {
        const std::size_t field_number = rec.fields.size() + 1;
        if (pos_ < text_.size() && text_[pos_] == '"') return quoted_field(field_number);
        // BEA's exports pad a quoted field with a space (` "01000"`): spaces before an
        // opening quote are padding, not part of the value.
        std::size_t after_spaces = pos_;
        while (after_spaces < text_.size() && text_[after_spaces] == ' ') ++after_spaces;
        if (after_spaces > pos_ && after_spaces < text_.size() && text_[after_spaces] == '"') {
            pos_ = after_spaces;
            return quoted_field(field_number);
        }
        std::string value;
        while (pos_ < text_.size() && text_[pos_] != ',' && !at_line_end()) {
            if (text_[pos_] == '"')
                fail(line_, "field " + std::to_string(field_number) + " has a quote inside an unquoted value");
            value += text_[pos_++];
        }
        return value;
    }

    std::string quoted_field(std::size_t field_number) {
        const int opening_line = line_;
        ++pos_;  // the opening quote
        std::string value;
        for (;;) {
            if (pos_ >= text_.size())
                fail(opening_line, "field " + std::to_string(field_number) + " opens a quote that is never closed");
            const char c = text_[pos_];
            if (c == '"') {
                if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                    value += '"';
                    pos_ += 2;
                    continue;
                }
                ++pos_;  // the closing quote
                break;
            }
            if (c == '\n' || c == '\r') {
                // Keep the line end as written, but count the line.
                const std::size_t start = pos_;
                skip_line_end();
                value.append(text_.substr(start, pos_ - start));
                continue;
            }
            value += c;
            ++pos_;
        }
        if (pos_ < text_.size() && text_[pos_] != ',' && !at_line_end())
            fail(line_, "field " + std::to_string(field_number) + " has text after its closing quote");
        return value;
    }

    [[noreturn]] void fail(int line, const std::string& what) const {
        throw InputError(name_, "line " + std::to_string(line), what);
    }

    std::string_view text_;
    const std::string& name_;
    std::size_t pos_ = 0;
    int line_ = 1;
};

}  // namespace

std::vector<CsvRecord> parse_csv_records(std::string_view text, const std::string& name) {
    return CsvTokenizer(text, name).records();
}

}  // namespace medmap::data
