#include "app/session.hpp"

namespace medmap::app {

const data::Dataset& Session::dataset() {
    if (!dataset_) dataset_ = data::load_dataset(paths_.stats);
    return *dataset_;
}

const geo::Atlas& Session::atlas() {
    if (map_) return map_->atlas;
    if (!atlas_) atlas_ = geo::project_albers_usa(geo::load_states(paths_.geodata));
    return *atlas_;
}

const geo::MapModel& Session::map() {
    if (!map_) map_ = std::make_unique<geo::MapModel>(geo::MapModel::build(geo::load_states(paths_.geodata)));
    return *map_;
}

}  // namespace medmap::app
