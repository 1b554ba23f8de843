#pragma once
// What every command works on: the located files, loaded on first use and only once.
#include <memory>
#include <optional>

#include "app/resources.hpp"
#include "core/base/drop_handler.hpp"
#include "core/base/progress_steps.hpp"
#include "core/data/dataset.hpp"
#include "core/geo/map_model.hpp"

namespace medmap::app {

// How loading answers a bad row or feature (--lenient) and shows the progress of large
// geodata; empty handlers: stop at the first problem, show nothing.
struct LoadHandlers {
    DropHandler on_dropped;
    ProgressHandler on_geodata_progress;
};

class Session {
public:
    explicit Session(ResourcePaths paths, LoadHandlers handlers = {})
        : paths_(std::move(paths)), handlers_(std::move(handlers)) {}

    const ResourcePaths& paths() const { return paths_; }
    // --projections: the round the dataset shows; empty keeps the file's default. A round
    // the file lacks is a medmap::UsageError when the dataset is loaded.
    void use_projection_round(std::string round) { projection_round_ = std::move(round); }
    // --layer: the dataset of a geodata .zip that holds several (or the layer of a file).
    void use_geodata_layer(std::string layer) { geodata_layer_ = std::move(layer); }
    // Both throw medmap::InputError naming the file and place on bad input.
    const data::Dataset& dataset();
    // The projected states only: all an export needs (no triangles, no picker), so
    // `medmap export` stays fast.
    const geo::Atlas& atlas();
    // The atlas plus triangles and picker, for the window.
    const geo::MapModel& map();

private:
    ResourcePaths paths_;
    LoadHandlers handlers_;
    std::string projection_round_;
    std::string geodata_layer_;
    std::optional<data::Dataset> dataset_;
    std::optional<geo::Atlas> atlas_;
    std::unique_ptr<geo::MapModel> map_;
};

}  // namespace medmap::app
