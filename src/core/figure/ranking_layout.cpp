#include "core/figure/ranking_layout.hpp"

#include <algorithm>
#include <cmath>

namespace medmap::figure {

namespace {

// A value's x along a column's track.
double x_of(const RankingChart& chart, const geo::Box& track, double v) {
    const double span = chart.axis_max - chart.axis_min;
    return span > 0 ? track.min_x + (v - chart.axis_min) / span * track.width() : track.min_x;
}

}  // namespace

RankingLayout layout_ranking(const Figure& fig, const geo::Box& area, double unit, const TextMeasure& measure) {
    const RankingChart& chart = fig.ranking;
    RankingLayout l;
    l.area = area;
    l.hatch_spacing_px = 6 * unit;
    l.hatch_line_px = std::max(0.8, 1.2 * unit);
    l.frame_px = std::max(0.6, 0.8 * unit);
    l.reference_px = std::max(1.0, 1.5 * unit);
    l.hatch_origin = {area.min_x, area.min_y};

    const double heading_px = 15 * unit;
    l.heading = {{area.min_x, area.min_y}, heading_px};
    const double header_px = 11 * unit;  // the reference line's label above each column
    const double rows_top = area.min_y + heading_px * 1.7 + header_px * 1.5;
    const double rows_h = std::max(1.0, area.max_y - rows_top);

    const std::size_t n = chart.bars.size();
    if (n == 0) return l;
    // Legible rows: 11 px text at unit 1 in rows 1.45 times as tall. Add columns until
    // every state fits; past three the rows shrink instead (a very small canvas).
    const double min_row = 11 * unit * 1.45;
    int columns = 1;
    while (columns < kMaxRankingColumns &&
           static_cast<double>((n + static_cast<std::size_t>(columns) - 1) / static_cast<std::size_t>(columns)) * min_row > rows_h)
        ++columns;
    const std::size_t per_column = (n + static_cast<std::size_t>(columns) - 1) / static_cast<std::size_t>(columns);
    l.row_px = std::min(rows_h / static_cast<double>(per_column), 26 * unit);
    l.text_px = std::min(13 * unit, l.row_px / 1.45);

    const double gap = 24 * unit;
    const double column_w = (area.width() - gap * (columns - 1)) / columns;
    double rank_w = measure_text(measure, std::to_string(n), l.text_px, false);
    double name_w = 0, value_w = 0;
    for (const RankedBar& bar : chart.bars) {
        name_w = std::max(name_w, measure_text(measure, bar.name, l.text_px, false));
        if (!bar.no_data()) value_w = std::max(value_w, measure_text(measure, bar.value_label, l.text_px, false));
    }
    const double space = 6 * unit;
    rank_w += space;
    name_w = std::min(name_w + space, column_w * 0.38);
    value_w += space;

    for (int c = 0; c < columns; ++c) {
        const double x0 = area.min_x + c * (column_w + gap);
        RankingColumn col;
        col.track = {x0 + rank_w + name_w, rows_top, x0 + column_w - value_w, rows_top};
        l.columns.push_back(col);
    }
    l.rows.resize(n);
    const double swatch_h = l.text_px;
    for (std::size_t i = 0; i < n; ++i) {
        const RankedBar& bar = chart.bars[i];
        RankingColumn& col = l.columns[i / per_column];
        const double x0 = col.track.min_x - rank_w - name_w;
        const double x1 = col.track.max_x + value_w;
        const double y = rows_top + static_cast<double>(i % per_column) * l.row_px;
        const double text_y = y + (l.row_px - l.text_px) / 2;
        RankingRow& row = l.rows[i];
        row.bar = i;
        row.row = {x0, y, x1, y + l.row_px};
        const std::string rank = bar.rank ? std::to_string(*bar.rank) : "";
        row.rank = {{x0 + rank_w - space - measure_text(measure, rank, l.text_px, false), text_y}, l.text_px};
        row.name = {{x0 + rank_w, text_y}, l.text_px};
        if (bar.no_data()) {
            row.swatch = {col.track.min_x, y + (l.row_px - swatch_h) / 2, col.track.min_x + swatch_h * 1.6,
                          y + (l.row_px + swatch_h) / 2};
            // "no data: the reason", shrunk to fit the rest of the row.
            const double room = x1 - row.swatch.max_x - space;
            const double width = measure_text(measure, bar.value_label, l.text_px, false);
            const double size = width > room && width > 0 ? l.text_px * room / width : l.text_px;
            row.value = {{row.swatch.max_x + space, y + (l.row_px - size) / 2}, size};
            continue;
        }
        const double zero = x_of(chart, col.track, 0.0);
        const double end = x_of(chart, col.track, *bar.value);
        const double inset = l.row_px * 0.18;
        row.bar_box = {std::min(zero, end), y + inset, std::max(zero, end), y + l.row_px - inset};
        // The value just past the bar's outer end (or past the zero line for a negative
        // bar): the track leaves room for the widest label at its right.
        row.value = {{std::max(zero, end) + space, text_y}, l.text_px};
        col.track.max_y = std::max(col.track.max_y, y + l.row_px);
    }
    if (chart.reference) {
        for (RankingColumn& col : l.columns) {
            if (col.track.max_y <= col.track.min_y) continue;  // only states without data here
            const double x = x_of(chart, col.track, *chart.reference);
            col.reference = {{x, col.track.min_y - header_px * 0.3}, {x, col.track.max_y}};
            const double w = measure_text(measure, chart.reference_label, header_px, false);
            const double left = std::clamp(x - w / 2, col.track.min_x - rank_w - name_w, col.track.max_x + value_w - w);
            col.reference_label = {{left, col.track.min_y - header_px * 1.45}, header_px};
        }
    }
    return l;
}

std::optional<std::size_t> ranking_state_at(const Figure& fig, const RankingLayout& layout, geo::Vec2 point) {
    for (const RankingRow& row : layout.rows)
        if (row.row.contains(point) && row.bar < fig.ranking.bars.size()) return fig.ranking.bars[row.bar].state;
    return std::nullopt;
}

}  // namespace medmap::figure
