#include "app/session.hpp"

#include "app/atlas_loader.hpp"

namespace medmap::app {

const data::Dataset& Session::dataset() {
    if (!dataset_) dataset_ = data::load_dataset(paths_.stats, handlers_.on_dropped);
    return *dataset_;
}

const geo::Atlas& Session::atlas() {
    if (map_) return map_->atlas;
    if (!atlas_)
        atlas_ = load_atlas(paths_.geodata, default_cache_settings(), handlers_.on_dropped,
                            handlers_.on_geodata_progress);
    return *atlas_;
}

const geo::MapModel& Session::map() {
    if (!map_) {
        map_ = std::make_unique<geo::MapModel>(geo::MapModel::from_atlas(geo::Atlas(atlas())));
        atlas_.reset();  // the map holds its own copy now
    }
    return *map_;
}

}  // namespace medmap::app
