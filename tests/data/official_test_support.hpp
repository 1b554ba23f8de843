#pragma once
// Writing small official-looking files in a test: .xlsx workbooks through GDAL's XLSX
// driver and zips through /vsizip/, so the fixtures need no tool beyond the library; and
// importing official files into the bundled stats.
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/data/dataset.hpp"
#include "core/data/importer.hpp"
#include "core/data/official/input_files.hpp"
#include "core/data/text_file.hpp"

namespace medmap::test {

struct Sheet {
    std::string name;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<bool> numeric{};  // per column: write numbers as numeric cells
};

inline void write_xlsx(const std::filesystem::path& path, const std::vector<Sheet>& sheets) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("XLSX");
    REQUIRE(driver);
    std::filesystem::remove(path);
    GDALDataset* ds = driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    REQUIRE(ds);
    for (const Sheet& sheet : sheets) {
        OGRLayer* layer = ds->CreateLayer(sheet.name.c_str(), nullptr, wkbNone, nullptr);
        REQUIRE(layer);
        for (std::size_t c = 0; c < sheet.header.size(); ++c) {
            const bool numeric = c < sheet.numeric.size() && sheet.numeric[c];
            OGRFieldDefn field(sheet.header[c].c_str(), numeric ? OFTReal : OFTString);
            REQUIRE(layer->CreateField(&field) == OGRERR_NONE);
        }
        for (const auto& row : sheet.rows) {
            OGRFeature* f = OGRFeature::CreateFeature(layer->GetLayerDefn());
            for (std::size_t c = 0; c < row.size(); ++c)
                if (!row[c].empty()) f->SetField(static_cast<int>(c), row[c].c_str());
            REQUIRE(layer->CreateFeature(f) == OGRERR_NONE);
            OGRFeature::DestroyFeature(f);
        }
    }
    GDALClose(ds);
}

inline std::string file_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A zip holding `entries` (name inside the zip -> bytes), written through /vsizip/.
inline void write_zip(const std::filesystem::path& zip, const std::vector<std::pair<std::string, std::string>>& entries) {
    std::filesystem::remove(zip);
    for (const auto& [name, bytes] : entries) {
        const std::string target = "/vsizip/" + zip.string() + "/" + name;
        VSILFILE* f = VSIFOpenL(target.c_str(), "wb");
        REQUIRE(f);
        REQUIRE(VSIFWriteL(bytes.data(), 1, bytes.size(), f) == bytes.size());
        VSIFCloseL(f);
    }
}

// The official files of ../shared (a test without them says so and passes), and the
// bundled stats file the importer merges them into.
inline const std::filesystem::path kShared = MEDMAP_SHARED_DATA;
inline const std::filesystem::path kBundled = std::filesystem::path(MEDMAP_SOURCE_DIR) / "stats" / "medmap-stats.json";

inline std::string bundled_text() { return data::read_text_file(kBundled); }

inline data::Dataset import_into_bundled(const std::vector<std::string>& paths) {
    const std::string text =
        data::import_official(bundled_text(), kBundled.string(), data::official::collect_input_files(paths));
    return data::parse_dataset(text, "merged");
}

inline std::filesystem::path fresh_dir(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() / ("medmap-test-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

}  // namespace medmap::test
