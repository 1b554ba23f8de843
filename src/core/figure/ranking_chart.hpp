#pragma once
// The ranking view's content: every state as a bar, sorted, coloured by its class, with
// its name, value and rank; a line for the US figure; states without data listed after
// the ranked ones with their reason. Built with the figure (figure.hpp), so the window
// and every export draw the same bars as the map's colours.
#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/figure/color.hpp"

namespace medmap::geo {
struct Atlas;
}

namespace medmap::figure {

struct Figure;
struct LayerValues;

struct RankedBar {
    std::size_t state = 0;          // index into atlas.states (and Figure::states)
    std::string name;               // "Texas"
    std::string usps;               // "TX"
    std::optional<int> rank;        // 1 = highest; empty: no data
    std::optional<double> value;    // as the map shows it (Figure::unit)
    std::string value_label;        // "$33,170"; "no data" or "no data: <reason>"
    std::string reason;             // why there is no data; may be empty
    Rgba fill;
    bool no_data() const { return !value; }
};

struct RankingChart {
    std::string heading;          // "Ranked by median annual wage, highest first"
    std::vector<RankedBar> bars;  // by rank (ties by name), then the states without data by name
    int with_data = 0;
    // The value scale's ends, always including zero so bar lengths compare honestly.
    double axis_min = 0, axis_max = 0;
    std::optional<double> reference;  // where the US line goes, in Figure::unit
    std::string reference_label;      // "US $31,700", "Average state 4,623", "US"
};

// Ranks the figure's states (StateStyle::rank, by the metric's own figures, so a
// difference-from-US view ranks exactly as the plain one) and builds Figure::ranking from
// the states' values and fills. Called by build_figure once the states are classed.
void rank_figure_states(Figure& figure, const data::Dataset& dataset, const geo::Atlas& atlas,
                        const LayerValues& values);

}  // namespace medmap::figure
