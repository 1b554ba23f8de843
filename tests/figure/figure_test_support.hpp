#pragma once
// Shared by the figure tests that need the real data: the committed stats and the
// bundled states, loaded once.
#include <stdexcept>
#include <string>

#include "core/base/computed_once.hpp"
#include "core/data/dataset.hpp"
#include "core/figure/figure.hpp"
#include "core/geo/albers_usa.hpp"
#include "core/geo/map_model.hpp"
#include "core/geo/state_loader.hpp"

namespace figure_test {

inline const medmap::data::Dataset& dataset() {
    static const medmap::data::Dataset loaded = medmap::data::load_dataset(MEDMAP_SOURCE_DIR "/stats/medmap-stats.json");
    return loaded;
}

inline const medmap::geo::MapModel& map() {
    static const medmap::geo::MapModel model =
        medmap::geo::MapModel::from_atlas(
            medmap::geo::project_albers_usa(medmap::geo::load_states(MEDMAP_SOURCE_DIR "/geodata/us_states.shp")));
    return model;
}

inline const medmap::geo::Atlas& atlas() { return map().atlas; }

inline std::size_t state_index(const std::string& usps) {
    const auto& states = atlas().states;
    for (std::size_t i = 0; i < states.size(); ++i)
        if (states[i].usps == usps) return i;
    throw std::logic_error("no state " + usps + " in the atlas");
}

// How many times `slot` runs `make` when asked now: 0 once something has filled it.
template <typename T, typename Make>
int makes_when_asked(const medmap::ComputedOnce<T>& slot, Make make) {
    int made = 0;
    slot.get([&] {
        ++made;
        return make();
    });
    return made;
}

inline medmap::figure::Figure figure_for(medmap::figure::LayerSpec spec) {
    return medmap::figure::build_figure(dataset(), atlas(), spec);
}

}  // namespace figure_test
