#pragma once
// Writing small official-looking files in a test: .xlsx workbooks through GDAL's XLSX
// driver and zips through /vsizip/, so the fixtures need no tool beyond the library.
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

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

inline std::filesystem::path fresh_dir(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() / ("medmap-test-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

}  // namespace medmap::test
