#pragma once
// The contract between the medmap executable and medmap-gdal-plugin.so, the shared
// object that holds everything needing GDAL. Both are built together by one CMake run
// with one compiler, so C++ types may cross; the version guards against a stale plugin.
#include <string>
#include <vector>

#include "core/base/drop_handler.hpp"
#include "core/base/progress_steps.hpp"
#include "core/geo/albers_usa.hpp"

namespace medmap::geo::plugin {

inline constexpr int kAbiVersion = 4;
inline constexpr const char* kLoadSymbol = "medmap_gdal_load_atlas";
inline constexpr const char* kImportSymbol = "medmap_gdal_import_official";

struct AtlasRequest {
    int abi_version = kAbiVersion;
    std::string path;
    bool include_territories = false;
    std::string layer;             // --layer; see geo::LoadOptions
    DropHandler on_dropped;        // --lenient; see geo::LoadOptions
    ProgressHandler on_progress;   // large files only; see geo::LoadOptions
};

struct AtlasReply {
    bool ok = false;
    Atlas atlas;
    // On failure: an InputError's parts (file, place, message), or only `message`.
    bool input_error = false;
    std::string file, place, message;
};

// `medmap import`: official files (workbooks and zips need GDAL) merged into a base.
struct ImportRequest {
    int abi_version = kAbiVersion;
    std::string base_text, base_name;
    std::vector<std::string> paths;
};

struct ImportReply {
    bool ok = false;
    std::string stats_text;  // the merged stats JSON
    std::vector<std::string> replaced;  // figures of the base the import replaced (data::import_official)
    bool input_error = false;
    std::string file, place, message;
};

using ImportOfficialFn = void (*)(const ImportRequest*, ImportReply*) noexcept;

// extern "C" void medmap_gdal_load_atlas(const AtlasRequest*, AtlasReply*) noexcept;
using LoadAtlasFn = void (*)(const AtlasRequest*, AtlasReply*) noexcept;

}  // namespace medmap::geo::plugin
