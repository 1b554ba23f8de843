#pragma once
// Gets the projected atlas for a geodata file, fast. The atlas is cached on disk under
// a key made of the file's bytes (and its shapefile companions'), the options and
// medmap's version, so an edited file can never be served from a stale entry. On a miss
// the GDAL plugin reads and projects the file and the result is cached.
#include <filesystem>

#include "core/base/drop_handler.hpp"
#include "core/base/progress_steps.hpp"
#include "core/geo/atlas.hpp"

namespace medmap::app {

struct AtlasCacheSettings {
    std::filesystem::path directory;  // empty: caching off
};

// $MEDMAP_CACHE_DIR, else $XDG_CACHE_HOME/medmap, else ~/.cache/medmap; off when
// MEDMAP_NO_CACHE is set to anything but "" or "0".
AtlasCacheSettings default_cache_settings();

// Throws medmap::InputError for bad geodata (as the loader words it), std::runtime_error
// when the plugin cannot be loaded.
// `on_dropped` (--lenient) and `on_progress` as in geo::LoadOptions. A lenient load
// neither reads nor fills the cache: what it drops is reported on every run, and an
// atlas with features left out must never stand in for a strict load of the same file.
geo::Atlas load_atlas(const std::filesystem::path& geodata, const AtlasCacheSettings& cache,
                      const DropHandler& on_dropped = {}, const ProgressHandler& on_progress = {},
                      const std::string& layer = {});

}  // namespace medmap::app
