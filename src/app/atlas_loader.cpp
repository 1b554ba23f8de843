#include "app/atlas_loader.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <vector>

#include "core/base/atomic_file.hpp"
#include "core/base/input_error.hpp"
#include "core/geo/atlas_serialization.hpp"
#include "core/geo/detail_levels.hpp"
#include "core/geo/gdal_plugin_abi.hpp"

namespace medmap::app {

namespace fs = std::filesystem;

namespace {

std::optional<std::string> read_whole(const fs::path& path) {
    // One read of the known size: an istreambuf_iterator copy went byte by byte and took
    // ~30 ms for a 4.5 MB shapefile.
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return std::nullopt;
    const std::streamoff size = in.tellg();
    if (size < 0) return std::nullopt;
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.seekg(0);
    if (!in.read(bytes.data(), size)) return std::nullopt;
    return bytes;
}

// The files whose bytes decide the atlas: the file itself and, for a shapefile, its
// companions (any case of the extension). nullopt when the source is not plain files
// (a folder, a /vsi path, a database...): then nothing is cached.
std::optional<std::vector<fs::path>> source_files(const fs::path& geodata) {
    std::error_code ec;
    if (!fs::is_regular_file(geodata, ec)) return std::nullopt;
    std::vector<fs::path> files{geodata};
    const fs::path dir = geodata.has_parent_path() ? geodata.parent_path() : fs::path(".");
    const std::string stem = geodata.stem().string();
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const fs::path& p = entry.path();
        if (p == geodata || p.stem().string() != stem || !entry.is_regular_file(ec)) continue;
        files.push_back(p);
    }
    std::sort(files.begin() + 1, files.end());
    return files;
}

std::optional<fs::path> cache_entry(const fs::path& geodata, const fs::path& directory, const std::string& layer) {
    if (directory.empty()) return std::nullopt;
    auto files = source_files(geodata);
    if (!files) return std::nullopt;
    std::uint64_t key = geo::content_hash64(MEDMAP_VERSION);
    key = geo::content_hash64(layer, key);  // a zip with several datasets gives one atlas per --layer
    for (const fs::path& f : *files) {
        auto bytes = read_whole(f);
        if (!bytes) return std::nullopt;
        key = geo::content_hash64(f.filename().string(), key);
        key = geo::content_hash64(*bytes, key);
    }
    char name[40];
    std::snprintf(name, sizeof name, "atlas-%016llx.bin", static_cast<unsigned long long>(key));
    return directory / name;
}

fs::path plugin_path() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return (ec ? fs::path(".") : exe.parent_path()) / "medmap-gdal-plugin.so";
}

struct DlCloser {
    void operator()(void* handle) const { dlclose(handle); }
};

geo::Atlas load_with_plugin(const fs::path& geodata, const DropHandler& on_dropped,
                            const ProgressHandler& on_progress, const std::string& layer) {
    const fs::path plugin = plugin_path();
    std::unique_ptr<void, DlCloser> handle(dlopen(plugin.c_str(), RTLD_NOW | RTLD_LOCAL));
    if (!handle) throw std::runtime_error("cannot load " + plugin.string() + ": " + dlerror());
    auto load = reinterpret_cast<geo::plugin::LoadAtlasFn>(dlsym(handle.get(), geo::plugin::kLoadSymbol));
    if (!load) throw std::runtime_error(plugin.string() + ": no " + geo::plugin::kLoadSymbol);
    geo::plugin::AtlasRequest request;
    request.path = geodata.string();
    request.layer = layer;
    request.on_dropped = on_dropped;
    request.on_progress = on_progress;
    geo::plugin::AtlasReply reply;
    load(&request, &reply);
    // The reply's strings and vectors were allocated by the same libstdc++ the executable
    // uses, so they outlive the plugin safely once moved out.
    if (reply.input_error) throw InputError(reply.file, reply.place, reply.message);
    if (!reply.ok) throw std::runtime_error(reply.message);
    return std::move(reply.atlas);
}

}  // namespace

AtlasCacheSettings default_cache_settings() {
    AtlasCacheSettings s;
    if (const char* off = std::getenv("MEDMAP_NO_CACHE"); off && *off && std::string(off) != "0") return s;
    if (const char* dir = std::getenv("MEDMAP_CACHE_DIR"); dir && *dir) s.directory = dir;
    else if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) s.directory = fs::path(xdg) / "medmap";
    else if (const char* home = std::getenv("HOME"); home && *home) s.directory = fs::path(home) / ".cache" / "medmap";
    return s;
}

geo::Atlas load_atlas(const fs::path& geodata, const AtlasCacheSettings& cache, const DropHandler& on_dropped,
                      const ProgressHandler& on_progress, const std::string& layer) {
    const auto entry = on_dropped ? std::nullopt : cache_entry(geodata, cache.directory, layer);
    if (entry)
        if (auto bytes = read_whole(*entry))
            if (auto atlas = geo::deserialize_atlas(*bytes)) return std::move(*atlas);

    geo::Atlas atlas = load_with_plugin(geodata, on_dropped, on_progress, layer);
    // Simplified once per file and cached with it: a cache hit starts with them ready.
    geo::add_detail_levels(atlas);
    if (entry) {
        // A cache that cannot be written only costs speed next time; say nothing.
        std::error_code ec;
        fs::create_directories(entry->parent_path(), ec);
        try {
            write_file_atomically(*entry, geo::serialize_atlas(atlas));
        } catch (const OutputError&) {
        }
    }
    return atlas;
}

}  // namespace medmap::app
