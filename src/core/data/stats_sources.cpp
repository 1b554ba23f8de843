#include "core/data/stats_sources.hpp"

#include "core/data/import_caveats.hpp"

namespace medmap::data {

namespace {

using nlohmann::ordered_json;

void append(ordered_json& list, const std::vector<std::string>& items) {
    for (const std::string& item : items) list.push_back(item);
}

ordered_json source_file(const char* path, const char* commit, const char* used_for) {
    return ordered_json{{"path", path}, {"commit", commit}, {"used_for", used_for}};
}

}  // namespace

ordered_json oes_source(const ImportedData& data) {
    ordered_json caveats = ordered_json::array({
        "The figures come from a third party's copy, not from a BLS download. The state wages are the raw cell "
        "strings that the ZenBayes team read from the BLS state files (data/processed/bls_state.RDS at "
        "2fdc2f6), with the thousands separators removed; the state employment for May 2014 and May 2015 is "
        "from the same file at 1b454e3. The original BLS state files are in the repository but their blobs "
        "could not be read, and the May 2012 and May 2013 state wages were not checked against a second copy.",
        "The national figures are copied from the unmodified BLS national files for May 2012 to May 2015 "
        "(national_M2012_dl.xls to national_M2015_dl.xlsx) in the same repository.",
        "State employment for May 2012 and May 2013 is not available: the 1b454e3 ingest lost every value of "
        "1,000 or more in the years it read from .xls files, so the extract leaves those cells blank and the "
        "figures are null. National employment (TOT_EMP) exists for all four years.",
        "29-2000 Health Technologists and Technicians, the minor group that contains the twelve specialties, "
        "has no state rows: the BLS state files publish only the major group 29-0000 and the detailed "
        "occupations. Its figures are national only.",
        "BLS special codes are never turned into numbers: '*' means the estimate is not published and '#' "
        "means a wage of $187,200 or more. Cells holding them, and blank cells, are null.",
        "The May 2014 national file matches every wage the career-guide article quotes: 29-2000 mean $45,060, "
        "29-2031 median $54,330, 29-2041 median $31,700, 29-2055 median $43,350. The article therefore uses "
        "May 2014 OES, which is why 2014 is the default wage year.",
    });
    append(caveats, missing_oes_row_caveats(data));
    append(caveats, null_cell_caveats(data, data.state_file));
    append(caveats, null_cell_caveats(data, data.national_file));
    append(caveats, territory_caveats(data.state_file));

    return ordered_json{
        {"name", "BLS Occupational Employment Statistics (OES), state and national, May 2012 to May 2015"},
        {"citation",
         "U.S. Bureau of Labor Statistics, Occupational Employment Statistics, state and national estimates, "
         "May 2012 to May 2015. State figures via the processed data of the bayeshack2016/ZenBayes repository "
         "on GitHub; national figures from the unmodified BLS national files in that repository."},
        {"short_citation", "U.S. Bureau of Labor Statistics, OES May {year}"},
        {"repository", "bayeshack2016/ZenBayes"},
        {"commit", "acb1e1526233213a71904e9eb47b2cedf25ee41d"},
        {"files", ordered_json::array({
             source_file("data/processed/bls_state.RDS", "2fdc2f63df6d552090ecbe7de0c3a1105bd2c2a4",
                         "state mean and median annual wages, May 2012 to May 2015"),
             source_file("data/processed/bls_state.RDS", "1b454e332fc45e306d1ff9af9a7b13b6e9e8a0b5",
                         "state employment, May 2014 and May 2015"),
             source_file("data/bls/national_M2012_dl.xls", "a49cbd1903baef5c888eb89396a0eef5f67f9eda",
                         "national figures, May 2012"),
             source_file("data/bls/national_M2013_dl.xls", "a49cbd1903baef5c888eb89396a0eef5f67f9eda",
                         "national figures, May 2013"),
             source_file("data/bls/national_M2014_dl.xlsx", "a49cbd1903baef5c888eb89396a0eef5f67f9eda",
                         "national figures and BLS titles, May 2014"),
             source_file("data/bls/national_M2015_dl.xlsx", "a49cbd1903baef5c888eb89396a0eef5f67f9eda",
                         "national figures, May 2015"),
         })},
        {"extracts", ordered_json::array({data.state_file.name, data.national_file.name})},
        {"caveats", caveats},
    };
}

ordered_json projections_source(const ImportedData& data) {
    ordered_json caveats = ordered_json::array({
        "The figures come from a third party's copy (projections.RData of the 10KEggs/careers \"SOC It 2 Me\" "
        "app), not from a Projections Central download. Rounding and the choice of columns are as that author "
        "saved them: there is no base-year or projected employment, only the percent change and the average "
        "annual openings.",
        "The source names occupations by title only. The SOC codes were added when the extract was made, by "
        "matching each title exactly to the BLS national OCC_TITLE; the converter checks that every title "
        "still matches.",
        "The file states no vintage for each state. Every state row is taken to be the 2012-2022 round, because "
        "the app labels its data \"Projections 2012-2022\" and the United States rows match the BLS 2012-2022 "
        "national projections. This was not verified state by state.",
        "The career-guide article's 39% growth for cardiovascular technologists does not match detailed "
        "29-2031, whose US figure here is 30.4%. The 39% is probably the Occupational Outlook Handbook figure "
        "for its combined profile \"Diagnostic Medical Sonographers and Cardiovascular Technologists and "
        "Technicians, Including Vascular Technologists\" (an inference, not verified).",
        "The article's 24% growth for health technicians broadly cannot be checked: there is no 29-2000 row, "
        "so no overall growth figure exists here.",
    });
    append(caveats, missing_projection_caveats(data));
    append(caveats, null_cell_caveats(data, data.projections_file));
    append(caveats, territory_caveats(data.projections_file));

    return ordered_json{
        {"name", "Projections Central state long-term occupational projections, 2012-2022"},
        {"citation",
         "Projections Central, state long-term occupational projections 2012-2022 (http://www.projectionscentral.com/), "
         "via projections.RData of the 10KEggs/careers repository on GitHub."},
        {"short_citation", "Projections Central, 2012\u20132022"},
        {"repository", "10KEggs/careers"},
        {"commit", "a9a72ea812b936ed8dc132d40aee5da12bab5f2a"},
        {"files", ordered_json::array({
             source_file("projections.RData", "a9a72ea812b936ed8dc132d40aee5da12bab5f2a",
                         "percent change and average annual openings, 2012-2022, by state and for the US"),
         })},
        {"extracts", ordered_json::array({data.projections_file.name})},
        {"caveats", caveats},
    };
}

}  // namespace medmap::data
