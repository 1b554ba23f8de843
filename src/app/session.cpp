#include "app/session.hpp"

#include "app/atlas_loader.hpp"
#include "core/base/input_error.hpp"

namespace medmap::app {

const data::Dataset& Session::dataset() {
    if (!dataset_) {
        data::Dataset dataset = data::load_dataset(paths_.stats, handlers_.on_dropped);
        if (!projection_round_.empty()) {
            try {
                dataset.use_projection_round(projection_round_);
            } catch (const std::out_of_range&) {
                std::string rounds;
                for (const std::string& r : dataset.projection_rounds()) rounds += (rounds.empty() ? "" : ", ") + r;
                throw UsageError("--projections " + projection_round_ + ": " + paths_.stats.string() +
                                 " has the rounds " + rounds);
            }
        }
        dataset_ = std::move(dataset);
    }
    return *dataset_;
}

const geo::Atlas& Session::atlas() {
    if (map_) return map_->atlas;
    if (!atlas_)
        atlas_ = load_atlas(paths_.geodata, default_cache_settings(), handlers_.on_dropped,
                            handlers_.on_geodata_progress, geodata_layer_);
    return *atlas_;
}

const geo::MapModel& Session::map() {
    if (!map_) {
        atlas();  // loads it
        // Moved, not copied: a detailed file's atlas is tens of megabytes.
        map_ = std::make_unique<geo::MapModel>(geo::MapModel::from_atlas(std::move(*atlas_)));
        atlas_.reset();
    }
    return *map_;
}

}  // namespace medmap::app
