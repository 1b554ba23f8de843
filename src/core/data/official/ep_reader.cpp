// BLS Employment Projections occupation.xlsx (national): Table 1.2, with employment in
// thousands, percent change and average annual openings in thousands. The round comes
// from the header ("Employment, 2024", "Employment, 2034"), never from the file name.
#include <cmath>

#include "core/data/official/grid_header.hpp"
#include "core/data/official/import_records.hpp"
#include "core/data/stats_format.hpp"

namespace medmap::data::official {

namespace {

struct EpHeader {
    Header header;
    std::string round;
};

// "Employment, 2024" (and nothing after the year): one end of the projection round.
std::optional<int> employment_year(const std::string& cell) {
    const auto y = year_after(cell, "Employment,");
    if (!y || !is_blank(y->rest)) return std::nullopt;
    return y->year;
}

std::optional<EpHeader> find_ep_header(const Grid& grid) {
    for (std::size_t r = 0; r < std::min<std::size_t>(grid.rows.size(), 20); ++r) {
        EpHeader h;
        h.header.row = r;
        std::vector<int> years;
        const auto& cells = grid.rows[r];
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const std::string& cell = cells[c];
            auto take = [&](const char* key) {
                h.header.columns[key] = c;
                h.header.names[key] = cell;
            };
            if (cell.ends_with("National Employment Matrix code")) take("code");
            else if (cell.ends_with("National Employment Matrix title")) take("title");
            else if (cell.starts_with("Employment change, percent")) take("growth");
            else if (cell.starts_with("Occupational openings")) take("openings");
            else if (const auto y = employment_year(cell)) years.push_back(*y);
        }
        if (h.header.columns.size() == 4 && years.size() == 2) {
            h.round = std::to_string(std::min(years[0], years[1])) + "-" + std::to_string(std::max(years[0], years[1]));
            return h;
        }
    }
    return std::nullopt;
}

// Openings are in thousands with one decimal: 15.3 thousand is 15,300 openings, exactly.
Figure thousands(Figure f) {
    if (f.value) f.value = static_cast<std::int64_t>(std::llround(to_double(*f.value) * 1000.0));
    return f;
}

}  // namespace

bool read_employment_projections(const InputFile& file, OfficialImport& out) {
    for (const Grid& grid : file.grids) {
        const auto ep = find_ep_header(grid);
        if (!ep) continue;
        const Header& h = ep->header;
        RoundEdition& round = out.rounds[ep->round];
        round.round = ep->round;
        round.publishers.push_back("BLS Employment Projections");
        ImportRecord record = new_record(file, grid.sheet, ep->round);
        record.caveats.push_back("National figures only: BLS Employment Projections have no state rows.");
        record.caveats.push_back("Openings are published in thousands with one decimal and written here in jobs "
                                 "(15.3 thousand = 15,300).");
        for (std::size_t r = h.row + 1; r < grid.rows.size(); ++r) {
            const auto soc = soc_code(h.cell(grid, r, "code"));
            if (!soc || !is_needed_soc(*soc)) continue;  // footnotes and other occupations
            ProjectionFigures f;
            std::string title = h.cell(grid, r, "title");
            title.erase(0, title.find_first_not_of(' '));
            f.title = title;
            f.file = file.name;
            f.growth_pct = read_official_figure(grid, r, h, "growth", FigureKind::GrowthPct);
            f.openings = thousands(read_official_figure(grid, r, h, "openings", FigureKind::Count));
            add_row(round.rows, *soc, std::string(stats_format::kNationalArea), std::move(f), ep->round);
            ++record.rows_used;
        }
        round.national_file = file.name;
        round.records.push_back(std::move(record));
        return true;  // Table 1.2 only: the other tables repeat these figures or give others
    }
    return false;
}

}  // namespace medmap::data::official
