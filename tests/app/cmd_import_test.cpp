// `medmap import` through the executable: a figure of the base that an imported file
// gives differently is named on stderr, one line each, and the import still writes.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "run_process.hpp"

TEST_CASE("import names on stderr each figure of the base it replaces, one line each, and writes the file") {
    const auto dir = std::filesystem::temp_directory_path() / ("medmap_import_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto csv = dir / "ltprojections.csv", out = dir / "merged.json";
    {
        // Texas pharmacy technicians, 2012-2022: the bundled round has 27.7 % and 1040 openings.
        std::ofstream file(csv);
        file << "StateFips,Area,OccCode,Title,Base,Projected,Change,PercentChange,AvgAnnualOpenings,BaseYear,ProjYear\n"
                "48,Texas,29-2052,Pharmacy Technicians,100,130,30,30.0,1040,2012,2022\n";
    }
    const auto run = run_medmap("import '" + csv.string() + "' --out '" + out.string() + "'");
    CHECK(run.status == 0);
    CHECK(run.err == "note: 2012-2022 TX pharmacy growth_pct: ltprojections.csv gives 30.0 and replaces 27.7 of "
                     "medmap-stats.json (source projections)\nwrote " + out.string() + "\n");
    CHECK(std::filesystem::exists(out));
    std::filesystem::remove_all(dir);
}
