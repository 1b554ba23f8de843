#include "core/figure/ranking_painter.hpp"

#include "core/figure/figure_painter.hpp"

namespace medmap::figure {

namespace {

PixelPath box_path(const geo::Box& b) {
    return {{{{b.min_x, b.min_y}, {b.max_x, b.min_y}, {b.max_x, b.max_y}, {b.min_x, b.max_y}}}, {}, 0, {}};
}

ShapeTags bar_tags(const Figure& fig, const RankedBar& bar) {
    ShapeTags tags;
    tags.id = "bar-" + bar.usps;
    tags.usps = bar.usps;
    if (bar.value) tags.value = plain_number(*bar.value);
    const int class_index = bar.state < fig.states.size() ? fig.states[bar.state].class_index : -1;
    tags.class_key = class_index < 0 ? "no-data" : std::to_string(class_index);
    return tags;
}

}  // namespace

void paint_ranking(DrawTarget& target, const Figure& fig, const RankingLayout& layout) {
    const RankingChart& chart = fig.ranking;
    const auto& colors = fig.colors;
    target.text(layout.heading, chart.heading, colors.text, FontWeight::Bold);
    const std::size_t rows = std::min(layout.rows.size(), chart.bars.size());
    for (std::size_t i = 0; i < rows; ++i) {
        const RankingRow& row = layout.rows[i];
        const RankedBar& bar = chart.bars[row.bar];
        if (bar.no_data()) {
            target.fill_rect(row.swatch, colors.no_data, bar_tags(fig, bar));
            target.stroke_lines_within(box_path(row.swatch),
                                       hatch_lines(row.swatch, layout.hatch_spacing_px, layout.hatch_origin),
                                       colors.no_data_hatch, layout.hatch_line_px);
            target.stroke_rect(row.swatch, colors.frame, layout.frame_px);
        } else {
            target.fill_rect(row.bar_box, bar.fill, bar_tags(fig, bar));
            target.stroke_rect(row.bar_box, colors.frame, layout.frame_px);
        }
    }
    // The US line over the bars, so it crosses every one of them, and under the text.
    for (const RankingColumn& col : layout.columns) {
        if (col.reference.from.y == col.reference.to.y) continue;
        target.stroke_segments({col.reference}, colors.text, layout.reference_px);
        target.text(col.reference_label, chart.reference_label, colors.text, FontWeight::Bold);
    }
    for (std::size_t i = 0; i < rows; ++i) {
        const RankingRow& row = layout.rows[i];
        const RankedBar& bar = chart.bars[row.bar];
        if (bar.rank) target.text(row.rank, std::to_string(*bar.rank), colors.muted_text, FontWeight::Regular);
        target.text(row.name, bar.name, colors.text, FontWeight::Regular);
        target.text(row.value, bar.value_label, bar.no_data() ? colors.muted_text : colors.text, FontWeight::Regular);
    }
}

void paint_ranking_highlight(DrawTarget& target, const Figure& fig, const RankingLayout& layout, std::size_t state,
                             Rgba color, double width_px) {
    for (const RankingRow& row : layout.rows)
        if (row.bar < fig.ranking.bars.size() && fig.ranking.bars[row.bar].state == state)
            target.stroke_rect(row.row, color, width_px);
}

}  // namespace medmap::figure
