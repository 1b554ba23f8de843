// `medmap import`: --from DIR rebuilds the stats file from the extracts of
// ../shared/data-sources; PATH... merges official downloads into a base stats file
// (workbooks and zips are read by medmap-gdal-plugin.so, which holds GDAL).
#include <dlfcn.h>

#include <iostream>
#include <memory>

#include "app/commands.hpp"
#include "core/base/atomic_file.hpp"
#include "core/base/input_error.hpp"
#include "core/data/importer.hpp"
#include "core/data/stats_format.hpp"
#include "core/data/text_file.hpp"
#include "core/geo/gdal_plugin_abi.hpp"

namespace medmap::app {

namespace {

namespace fs = std::filesystem;

struct DlCloser {
    void operator()(void* handle) const { dlclose(handle); }
};

// The merged stats text; each figure of the base the import replaced is named on stderr.
std::string merge_with_plugin(const std::string& base_text, const std::string& base_name,
                              const std::vector<std::string>& paths) {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    const fs::path plugin = (ec ? fs::path(".") : exe.parent_path()) / "medmap-gdal-plugin.so";
    std::unique_ptr<void, DlCloser> handle(dlopen(plugin.c_str(), RTLD_NOW | RTLD_LOCAL));
    if (!handle) throw std::runtime_error("cannot load " + plugin.string() + ": " + dlerror());
    auto import = reinterpret_cast<geo::plugin::ImportOfficialFn>(dlsym(handle.get(), geo::plugin::kImportSymbol));
    if (!import) throw std::runtime_error(plugin.string() + ": no " + geo::plugin::kImportSymbol);
    geo::plugin::ImportRequest request;
    request.base_text = base_text;
    request.base_name = base_name;
    request.paths = paths;
    geo::plugin::ImportReply reply;
    import(&request, &reply);
    if (reply.input_error) throw InputError(reply.file, reply.place, reply.message);
    if (!reply.ok) throw std::runtime_error(reply.message);
    for (const std::string& line : reply.replaced) std::cerr << "note: " << line << "\n";
    return std::move(reply.stats_text);
}

}  // namespace

int run_import(const ImportOptions& options, const fs::path& base_default) {
    std::string json;
    if (!options.from.empty()) {
        json = data::import_stats(data::ImportSources::in_folder(options.from));
    } else {
        if (options.paths.empty()) throw UsageError("import: give official files, folders or zips, or --from DIR");
        const fs::path base = options.base.empty() ? base_default : fs::path(options.base);
        json = merge_with_plugin(data::read_text_file(base, data::stats_format::kMaxFileBytes), base.string(),
                                 options.paths);
    }
    if (options.out.empty() || options.out == "-") {
        std::cout << json;
        return 0;
    }
    // Written only once the whole import has succeeded: nothing is half-imported.
    write_file_atomically(options.out, json);
    std::cerr << "wrote " << options.out << "\n";
    return 0;
}

}  // namespace medmap::app
