// `medmap export` end to end: the files it writes, and its one-line errors (exit 2)
// that leave no file, not even a temporary one, behind.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

#include "export_test_support.hpp"

using namespace export_test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

CommandResult run_medmap(const std::string& args) { return run_command(medmap_exe() + " " + args); }

// A failed export: status 2, one line on stderr naming `what`, nothing on stdout.
void check_usage_failure(const CommandResult& r, const std::string& what) {
    INFO("stderr: " << r.err);
    CHECK(r.status == 2);
    CHECK(line_count(r.err) == 1);
    CHECK_THAT(r.err, StartsWith("medmap: "));
    CHECK_THAT(r.err, Contains(what));
    CHECK(r.out.empty());
}

}  // namespace

TEST_CASE("medmap export writes the file named by --out in the format of its extension") {
    TempDir dir;
    const std::string out = quoted((dir / "emt-growth.png").string());
    const auto r =
        run_medmap("export --specialty emt --metric growth --out " + out + " --width 1000 --height 600 --theme dark");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Contains("emt-growth.png"));
    const Image image = read_png(dir / "emt-growth.png");
    CHECK(image.width == 1000);
    CHECK(image.height == 600);
    CHECK(dir.entries() == std::vector<std::string>{"emt-growth.png"});
}

TEST_CASE("medmap export: --scale and --format pdf/svg") {
    TempDir dir;
    auto r = run_medmap("export --metric openings --scale 0.5 --out " + quoted((dir / "half.png").string()));
    REQUIRE(r.status == 0);
    CHECK(read_png(dir / "half.png").width == 960);

    r = run_medmap("export --format svg --out " + quoted((dir / "map.image").string()));
    REQUIRE(r.status == 0);
    CHECK(run_command("xmllint --noout " + quoted((dir / "map.image").string())).status == 0);

    r = run_medmap("export --format pdf --out " + quoted((dir / "map.png").string()));
    check_usage_failure(r, "--format");
}

TEST_CASE("medmap export: a path that cannot be written fails with exit 2 and leaves no file") {
    TempDir dir;
    { std::ofstream(dir / "file.txt") << "a file, not a folder"; }
    auto r = run_medmap("export --out " + quoted((dir / "file.txt" / "out.png").string()));
    check_usage_failure(r, (dir / "file.txt" / "out.png").string());
    r = run_medmap("export --out " + quoted((dir / "no" / "such" / "dir" / "out.svg").string()));
    check_usage_failure(r, "out.svg");
    CHECK(dir.entries() == std::vector<std::string>{"file.txt"});
}

TEST_CASE("medmap export: a full disk (/dev/full) fails with exit 2") {
    const auto r = run_medmap("export --format png --out /dev/full");
    check_usage_failure(r, "/dev/full");
    CHECK_THAT(r.err, Contains("No space left on device"));
}

TEST_CASE("medmap export: an unknown specialty or metric names the flag and the valid values") {
    TempDir dir;
    const std::string out = " --out " + quoted((dir / "x.png").string());
    auto r = run_medmap("export --specialty astronaut" + out);
    check_usage_failure(r, "--specialty");
    CHECK_THAT(r.err, Contains("emt"));
    r = run_medmap("export --metric happiness" + out);
    check_usage_failure(r, "--metric");
    CHECK_THAT(r.err, Contains("median-wage"));
    r = run_medmap("export --year 1999" + out);
    check_usage_failure(r, "--year");
    r = run_medmap("export --theme sepia" + out);
    check_usage_failure(r, "--theme");
    CHECK(dir.entries().empty());
}

TEST_CASE("medmap export: a bad size names its flag") {
    TempDir dir;
    const std::string out = " --out " + quoted((dir / "x.png").string());
    check_usage_failure(run_medmap("export --width 0" + out), "--width");
    check_usage_failure(run_medmap("export --width abc" + out), "--width");
    check_usage_failure(run_medmap("export --height -5" + out), "--height");
    check_usage_failure(run_medmap("export --width 20000" + out), "--width");
    check_usage_failure(run_medmap("export --scale 0" + out), "--scale");
    check_usage_failure(run_medmap("export --scale 20" + out), "--scale");
    check_usage_failure(run_medmap("export --out x.gif"), "--out");
    CHECK(dir.entries().empty());

    // An existing file is left exactly as it was.
    { std::ofstream(dir / "x.png") << "old"; }
    check_usage_failure(run_medmap("export --width 0" + out), "--width");
    std::ifstream kept(dir / "x.png");
    CHECK(std::string(std::istreambuf_iterator<char>(kept), {}) == "old");
    CHECK(dir.entries() == std::vector<std::string>{"x.png"});
}

TEST_CASE("medmap export --all writes every specialty x metric and prints a summary") {
    TempDir dir;
    const auto r = run_medmap("export --all --width 480 --height 270 --format png,svg --out-dir " +
                          quoted((dir / "maps").string()));
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(line_count(r.out) == 1);
    CHECK_THAT(r.out, Contains("Wrote 168 files"));
    CHECK_THAT(r.out, Contains("12 specialties x 7 metrics"));
    std::size_t png = 0, svg = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir / "maps")) {
        png += e.path().extension() == ".png";
        svg += e.path().extension() == ".svg";
    }
    CHECK(png == 84);  // 12 specialties x (5 published + 2 adjusted) metrics
    CHECK(svg == 84);
    // Projected metrics are named for the projection's period, wages for their year.
    const std::string period = dataset().projection_period();
    CHECK(period == "2012-2022");
    CHECK(std::filesystem::exists(dir / "maps" / ("emt-growth-" + period + ".png")));
    CHECK(std::filesystem::exists(dir / "maps" / ("emt-openings-" + period + ".svg")));
    CHECK(std::filesystem::exists(dir / "maps" / "emt-median-wage-2014.png"));
    CHECK_FALSE(std::filesystem::exists(dir / "maps" / "emt-growth-2014.png"));
}

TEST_CASE("medmap export --all needs --out-dir, and refuses --out") {
    TempDir dir;
    check_usage_failure(run_medmap("export --all"), "--out-dir");
    const auto r = run_medmap("export --all --out " + quoted((dir / "x.png").string()));
    CHECK(r.status == 2);
    CHECK(dir.entries().empty());
}

TEST_CASE("medmap without a display exports the default layer as a PNG in the current folder") {
    TempDir dir;
    const auto r = run_command("cd " + quoted(dir.path().string()) + " && DISPLAY= " + medmap_exe() + " --headless");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out == "./medmap-emt-median-wage-2014.png\n");
    const Image image = read_png(dir / "medmap-emt-median-wage-2014.png");
    CHECK(image.width == 1920);
    CHECK(image.height == 1080);
}

TEST_CASE("medmap export: a read-only output is refused unless --force, and a replaced file keeps its mode") {
    TempDir dir;
    const auto path = dir / "map.png";
    { std::ofstream(path) << "old"; }
    ::chmod(path.c_str(), 0444);
    const auto r = run_medmap("export --out " + quoted(path.string()));
    check_usage_failure(r, path.string() + " is read-only (use --force to replace it)");
    {
        std::ifstream kept(path);
        CHECK(std::string(std::istreambuf_iterator<char>(kept), {}) == "old");
    }
    CHECK(dir.entries() == std::vector<std::string>{"map.png"});

    const auto forced = run_medmap("export --force --out " + quoted(path.string()));
    INFO(forced.err);
    REQUIRE(forced.status == 0);
    CHECK(read_png(path).width == 1920);
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0444);

    // A writable file with unusual bits keeps them too.
    ::chmod(path.c_str(), 0640);
    REQUIRE(run_medmap("export --out " + quoted(path.string())).status == 0);
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0640);
    CHECK(dir.entries() == std::vector<std::string>{"map.png"});
}

TEST_CASE("medmap export --subtitle adds the user's words and keeps the national figure") {
    TempDir dir;
    const auto path = dir / "map.svg";
    const auto r = run_medmap("export --specialty emt --metric median-wage --subtitle 'For the May board meeting' --out " +
                              quoted(path.string()));
    INFO(r.err);
    REQUIRE(r.status == 0);
    std::ifstream in(path);
    const std::string svg(std::istreambuf_iterator<char>(in), {});
    CHECK_THAT(svg, Contains("For the May board meeting"));
    CHECK_THAT(svg, Contains("United States: $"));
}

TEST_CASE("medmap export: --page, --text-scale and --force are checked like every flag") {
    TempDir dir;
    const std::string pdf = " --out " + quoted((dir / "x.pdf").string());
    check_usage_failure(run_medmap("export --page legal" + pdf), "--page: unknown page 'legal'");
    check_usage_failure(run_medmap("export --page 0x5" + pdf), "--page");
    check_usage_failure(run_medmap("export --page 300x10" + pdf), "--page");
    check_usage_failure(run_medmap("export --page letter --out " + quoted((dir / "x.png").string())),
                        "--page: sets a PDF's page");
    check_usage_failure(run_medmap("export --text-scale 0" + pdf), "--text-scale");
    check_usage_failure(run_medmap("export --text-scale 9" + pdf), "--text-scale");
    check_usage_failure(run_medmap("export --text-scale big" + pdf), "--text-scale");
    CHECK(run_medmap("export --force=maybe" + pdf).status == 2);
    CHECK(dir.entries().empty());

    // A good one: the PDF's page is the one asked for.
    const auto r = run_medmap("export --page letter --text-scale 1.25" + pdf);
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto info = run_command("pdfinfo " + quoted((dir / "x.pdf").string()));
    CHECK_THAT(info.out, Contains("792 x 612 pts"));
}
