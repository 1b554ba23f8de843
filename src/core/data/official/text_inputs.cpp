#include "core/data/official/text_inputs.hpp"

#include <openssl/evp.h>

#include <memory>

#include <nlohmann/json.hpp>

#include "core/base/input_error.hpp"
#include "core/data/csv_table.hpp"
#include "core/data/json_document.hpp"

namespace medmap::data::official {

std::string sha256_hex(std::string_view bytes) {
    // OpenSSL's digest: well kept, and already on every machine that builds GDAL.
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &size, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (unsigned int i = 0; i < size; ++i) {
        hex += kHex[digest[i] >> 4];
        hex += kHex[digest[i] & 15];
    }
    return hex;
}

InputFile csv_input(const std::string& name, std::string_view bytes) {
    InputFile file{name, sha256_hex(bytes), {}, ""};
    Grid grid{name, "", {}, {}};
    for (CsvRecord& record : parse_csv_records(bytes, name)) {
        grid.rows.push_back(std::move(record.fields));
        grid.row_numbers.push_back(record.line);
    }
    file.grids.push_back(std::move(grid));
    return file;
}

InputFile json_input(const std::string& name, std::string_view bytes) {
    InputFile file{name, sha256_hex(bytes), {}, std::string(bytes)};
    const nlohmann::json doc = parse_json_strictly(bytes, name);
    if (!doc.is_object() || !doc.contains("rows") || !doc["rows"].is_array())
        throw InputError(name, "", "not a Projections Central answer: no \"rows\" array");
    Grid grid{name, "", {}, {}};
    grid.json = true;
    std::vector<std::string> header;
    for (const auto& row : doc["rows"])
        if (row.is_object())
            for (const auto& item : row.items())
                if (std::find(header.begin(), header.end(), item.key()) == header.end()) header.push_back(item.key());
    grid.rows.push_back(header);
    grid.row_numbers.push_back(0);
    const auto& rows = doc["rows"];
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!rows[i].is_object()) throw InputError(name, "rows[" + std::to_string(i) + "]", "is not an object");
        std::vector<std::string> cells;
        for (const std::string& key : header) {
            const auto& v = rows[i].contains(key) ? rows[i][key] : nlohmann::json();
            cells.push_back(v.is_string() ? v.get<std::string>() : v.is_null() ? "" : v.dump());
        }
        grid.rows.push_back(std::move(cells));
        grid.row_numbers.push_back(static_cast<int>(i));
    }
    file.grids.push_back(std::move(grid));
    return file;
}

}  // namespace medmap::data::official
