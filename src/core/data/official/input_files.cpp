#include "core/data/official/input_files.hpp"

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>

#include "core/base/input_error.hpp"
#include "core/data/official/text_inputs.hpp"
#include "core/geo/gdal_support.hpp"

namespace medmap::data::official {

namespace {

namespace fs = std::filesystem;
using geo::detail::GdalDatasetPtr;
using geo::detail::QuietGdalErrors;

// Far above any official file (the BLS all-data workbook is ~80 MB unpacked, ~70 MB zipped).
constexpr vsi_l_offset kMaxFileBytes = 512ull << 20;

std::string lower_extension(const std::string& name) {
    std::string ext = fs::path(name).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

std::string read_bytes(const std::string& vsi_path, const std::string& name) {
    VSILFILE* f = VSIFOpenL(vsi_path.c_str(), "rb");
    if (!f) throw InputError(name, "", "cannot be opened");
    VSIFSeekL(f, 0, SEEK_END);
    const vsi_l_offset size = VSIFTellL(f);
    VSIFSeekL(f, 0, SEEK_SET);
    if (size > kMaxFileBytes) {
        VSIFCloseL(f);
        throw InputError(name, "", "is larger than 512 MB, not an official file medmap reads");
    }
    std::string bytes(static_cast<std::size_t>(size), '\0');
    const std::size_t got = VSIFReadL(bytes.data(), 1, bytes.size(), f);
    VSIFCloseL(f);
    if (got != bytes.size()) throw InputError(name, "", "could not be read to its end");
    return bytes;
}

// A numeric cell as a person sees it: GDAL gives the stored double's digits
// ("9.8000000000000007"); 15 significant digits give back what was typed ("9.8").
std::string as_shown(const char* text) {
    std::string s(text);
    if (s.find_first_of(".eE") == std::string::npos) return s;
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size() || !std::isfinite(v)) return s;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

// A /vsimem/ copy of bytes, removed when this goes out of scope: a workbook inside a zip
// is opened from memory (the XLSX driver, itself reading a zip, cannot nest /vsizip/).
class MemoryFile {
public:
    explicit MemoryFile(std::string& bytes)
        : path_("/vsimem/medmap-import-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)) + ".xlsx") {
        VSIFCloseL(VSIFileFromMemBuffer(path_.c_str(), reinterpret_cast<GByte*>(bytes.data()), bytes.size(), FALSE));
    }
    ~MemoryFile() { VSIUnlink(path_.c_str()); }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

// A temporary copy of an Excel 97 workbook's bytes on disk, removed when this goes out
// of scope: GDAL's XLS driver (FreeXL) opens real files only, not /vsimem/ or /vsizip/.
// BLS's May 2012 and 2013 workbooks are .xls.
class TemporaryFile {
public:
    TemporaryFile(const std::string& bytes, const std::string& name) {
        std::string path = (fs::temp_directory_path() / "medmap-import-XXXXXX.xls").string();
        const int fd = mkstemps(path.data(), 4);
        if (fd < 0) throw InputError(name, "", "cannot be copied to a temporary file to be read: " + error_text());
        path_ = path;
        std::size_t written = 0;
        while (written < bytes.size()) {
            const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
            if (n <= 0) break;
            written += static_cast<std::size_t>(n);
        }
        const bool closed = ::close(fd) == 0;
        if (written != bytes.size() || !closed) {
            const std::string why = error_text();
            remove();
            throw InputError(name, "", "cannot be copied to a temporary file to be read: " + why);
        }
    }
    ~TemporaryFile() { remove(); }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    const std::string& path() const { return path_; }

private:
    static std::string error_text() { return std::strerror(errno); }
    void remove() {
        std::error_code ec;
        fs::remove(path_, ec);
    }
    std::string path_;
};

bool is_generated_name(const char* name) {
    std::string_view n(name);
    return n.starts_with("Field") && n.size() > 5 &&
           std::all_of(n.begin() + 5, n.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<Grid> workbook_grids(std::string& bytes, const std::string& name, bool excel97) {
    geo::detail::register_gdal_drivers_once();
    const QuietGdalErrors quiet;
    // The copy the driver reads outlives the dataset (declared first, destroyed last).
    std::optional<TemporaryFile> on_disk;
    std::optional<MemoryFile> in_memory;
    const char* driver = excel97 ? "XLS" : "XLSX";
    const char* drivers[] = {driver, nullptr};
    // Headers are found by the readers: some tables have title rows above them. The XLS
    // driver has no such options: a first row of text becomes field names, and is made
    // the grid's first row again below.
    const char* options[] = {"HEADERS=DISABLE", "FIELD_TYPES=STRING", nullptr};
    const std::string& path = excel97 ? on_disk.emplace(bytes, name).path() : in_memory.emplace(bytes).path();
    GdalDatasetPtr ds(
        GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, excel97 ? nullptr : options));
    if (!ds)
        throw InputError(name, "", std::string("is not a workbook GDAL's ") + driver + " driver can read" +
                                       QuietGdalErrors::last_message_suffix());
    std::vector<Grid> grids;
    for (OGRLayer* layer : ds->GetLayers()) {
        Grid grid{name, layer->GetName(), {}, {}};
        // GDAL 3.6 may still take a first row that looks like a header as the field
        // names; it then becomes the grid's first row again.
        OGRFeatureDefn* defn = layer->GetLayerDefn();
        bool named = false;
        std::vector<std::string> header;
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            header.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
            named = named || !is_generated_name(defn->GetFieldDefn(i)->GetNameRef());
        }
        if (named) {
            grid.rows.push_back(std::move(header));
            grid.row_numbers.push_back(1);
        }
        layer->ResetReading();
        for (auto& feature : *layer) {
            std::vector<std::string> cells;
            for (int i = 0; i < feature->GetFieldCount(); ++i)
                cells.push_back(feature->IsFieldSetAndNotNull(i) ? as_shown(feature->GetFieldAsString(i)) : "");
            while (!cells.empty() && cells.back().empty()) cells.pop_back();
            grid.rows.push_back(std::move(cells));
            // With HEADERS=DISABLE the driver numbers features by spreadsheet row.
            grid.row_numbers.push_back(static_cast<int>(feature->GetFID()));
        }
        grids.push_back(std::move(grid));
    }
    return grids;
}

bool is_table(const std::string& ext) { return ext == ".xlsx" || ext == ".xls" || ext == ".csv" || ext == ".json"; }

void read_table(const std::string& vsi_path, const std::string& name, std::vector<InputFile>& out) {
    const std::string ext = lower_extension(name);
    std::string bytes = read_bytes(vsi_path, name);
    if (ext == ".csv") return out.push_back(csv_input(name, bytes));
    if (ext == ".json") return out.push_back(json_input(name, bytes));
    InputFile file{name, sha256_hex(bytes), {}, ""};
    file.grids = workbook_grids(bytes, name, ext == ".xls");
    out.push_back(std::move(file));
}

void read_zip(const std::string& path, const std::string& zip_name, std::vector<InputFile>& out) {
    const std::string root = "/vsizip/" + path;
    char** entries = VSIReadDirRecursive(root.c_str());
    if (!entries) throw InputError(zip_name, "", "is not a zip GDAL can read, or is empty");
    std::vector<std::string> names;
    for (char** e = entries; *e; ++e) names.emplace_back(*e);
    CSLDestroy(entries);
    std::sort(names.begin(), names.end());
    for (const std::string& entry : names)
        if (is_table(lower_extension(entry)))
            read_table(root + "/" + entry, zip_name + "/" + fs::path(entry).filename().string(), out);
}

void read_path(const fs::path& path, bool named, std::vector<InputFile>& out) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        std::vector<fs::path> children;
        for (const auto& entry : fs::recursive_directory_iterator(path, ec))
            if (entry.is_regular_file(ec)) children.push_back(entry.path());
        std::sort(children.begin(), children.end());
        for (const fs::path& child : children) read_path(child, false, out);
        return;
    }
    if (!fs::exists(path, ec)) throw InputError(path.string(), "", "no such file or folder");
    const std::string name = path.filename().string();
    const std::string ext = lower_extension(name);
    if (ext == ".zip") return read_zip(path.string(), name, out);
    if (is_table(ext)) return read_table(path.string(), name, out);
    if (named)
        throw InputError(path.string(), "", "not a file medmap import reads (.xlsx, .xls, .csv, .json, a .zip of them, or a folder)");
}

}  // namespace

std::vector<InputFile> collect_input_files(const std::vector<std::string>& paths) {
    std::vector<InputFile> out;
    for (const std::string& p : paths) {
        const std::size_t before = out.size();
        read_path(p, true, out);
        // A folder or zip of nothing readable would otherwise write the base back
        // unchanged, as if the import had worked.
        if (out.size() == before) throw InputError(p, "", "holds no .xlsx, .xls, .csv or .json file for medmap import");
    }
    return out;
}

}  // namespace medmap::data::official
