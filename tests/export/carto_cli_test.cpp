// The cartographic flags (--classes, --method, --palette, --center, --vs-us, --labels)
// for `medmap export` and the window's top-level options: good values work, a bad one is
// one line naming the flag and the valid values, exit 2, and no file.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "export_test_support.hpp"

using namespace export_test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

CommandResult run_medmap(const std::string& args) { return run_command(medmap_exe() + " " + args); }

void check_usage_failure(const CommandResult& r, const std::string& flag, const std::string& valid) {
    INFO("stderr: " << r.err);
    CHECK(r.status == 2);
    CHECK(line_count(r.err) == 1);
    CHECK_THAT(r.err, StartsWith("medmap: " + flag));
    CHECK_THAT(r.err, Contains(valid));
    CHECK(r.out.empty());
}

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("medmap export: a bad --classes, --method, --palette or --center names the flag and the choices") {
    TempDir dir;
    const std::string out = " --out " + quoted((dir / "x.png").string());
    for (const char* bad : {"2", "10", "five", "5.5", ""}) {
        INFO("--classes '" << bad << "'");
        check_usage_failure(run_medmap(std::string("export --classes '") + bad + "'" + out), "--classes", "3 to 9");
    }
    check_usage_failure(run_medmap("export --method natural" + out), "--method", "quantile, equal, jenks, pretty or unclassed");
    check_usage_failure(run_medmap("export --palette Jet" + out), "--palette", "viridis");
    check_usage_failure(run_medmap("export --center middle" + out), "--center", "us or zero");
    // --all checks them before writing anything.
    check_usage_failure(run_medmap("export --all --method natural --out-dir " + quoted((dir / "all").string())),
                        "--method", "jenks");
    CHECK(dir.entries().empty());
}

TEST_CASE("the window's top-level flags are checked the same way") {
    check_usage_failure(run_medmap("--headless --classes 12"), "--classes", "3 to 9");
    check_usage_failure(run_medmap("--headless --method natural"), "--method", "unclassed");
    check_usage_failure(run_medmap("--headless --palette Jet"), "--palette", "BrBG");
    check_usage_failure(run_medmap("--headless --center middle"), "--center", "zero");
}

TEST_CASE("medmap export with every cartographic flag writes the map they describe") {
    TempDir dir;
    const auto svg = dir / "growth.svg";
    const auto r = run_medmap("export --metric growth --classes 7 --method jenks --palette RdYlBu --center zero "
                              "--vs-us --labels --out " + quoted(svg.string()));
    INFO(r.err);
    REQUIRE(r.status == 0);
    const std::string text = read_text(svg);
    CHECK_THAT(text, Contains("Projected job growth vs US"));
    CHECK_THAT(text, Contains("points vs US"));
    CHECK_THAT(text, Contains(">TX</text>"));           // --labels
    CHECK_THAT(text, Contains("id=\"callout-RI\""));    // callouts are always drawn
    CHECK_THAT(text, Contains(" pts \u2013 "));           // difference labels in points

    // Unclassed: the legend is a gradient with its ends labelled, and no class rows.
    const auto unclassed = dir / "unclassed.svg";
    REQUIRE(run_medmap("export --method unclassed --out " + quoted(unclassed.string())).status == 0);
    const std::string u = read_text(unclassed);
    CHECK_THAT(u, Contains(">$24,570</text>"));
    CHECK_THAT(u, Contains(">$54,140</text>"));
    CHECK(u.find(" and over</text>") == std::string::npos);
}

TEST_CASE("medmap list names the palettes --palette takes") {
    const auto r = run_medmap("list");
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Contains("Diverging palettes: BrBG RdBu RdYlBu"));
    CHECK_THAT(r.out, Contains("viridis"));
}
