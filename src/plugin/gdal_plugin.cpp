// medmap-gdal-plugin.so: reads boundaries with GDAL and projects them with PROJ. The
// executable loads it with dlopen only when its atlas cache has no entry for the file,
// so most runs never pay for GDAL's ~135 shared libraries.
#include "core/base/input_error.hpp"
#include "core/data/importer.hpp"
#include "core/data/official/input_files.hpp"
#include "core/geo/albers_usa.hpp"
#include "core/geo/gdal_plugin_abi.hpp"
#include "core/geo/state_loader.hpp"

using namespace medmap;

namespace {

// Runs `work` for an entry point: checks the caller's ABI, and hands any exception back
// as parts of `reply`, because exceptions do not cross the plugin boundary.
template <typename Request, typename Reply, typename Work>
void answer(const Request* request, Reply* reply, Work&& work) noexcept {
    try {
        if (request->abi_version != geo::plugin::kAbiVersion) {
            reply->message = "medmap-gdal-plugin: built for another medmap (ABI " +
                             std::to_string(geo::plugin::kAbiVersion) + ")";
            return;
        }
        work();
        reply->ok = true;
    } catch (const InputError& e) {
        reply->input_error = true;
        reply->file = e.file();
        reply->place = e.place();
        reply->message = e.detail();
    } catch (const std::exception& e) {
        reply->message = e.what();
    } catch (...) {
        reply->message = "unknown error in medmap-gdal-plugin";
    }
}

}  // namespace

extern "C" __attribute__((visibility("default"))) void medmap_gdal_load_atlas(
    const geo::plugin::AtlasRequest* request, geo::plugin::AtlasReply* reply) noexcept {
    answer(request, reply, [&] {
        geo::LoadOptions options;
        options.include_territories = request->include_territories;
        options.layer = request->layer;
        options.on_dropped = request->on_dropped;
        options.on_progress = request->on_progress;
        reply->atlas = geo::project_albers_usa(geo::load_states(request->path, options));
    });
}

extern "C" __attribute__((visibility("default"))) void medmap_gdal_import_official(
    const geo::plugin::ImportRequest* request, geo::plugin::ImportReply* reply) noexcept {
    answer(request, reply, [&] {
        reply->stats_text = data::import_official(request->base_text, request->base_name,
                                                  data::official::collect_input_files(request->paths),
                                                  &reply->replaced);
    });
}
