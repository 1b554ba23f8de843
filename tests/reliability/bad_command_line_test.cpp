// Bad command lines and outputs that cannot be written: one line naming the flag or the
// file, exit 2, nothing on stdout and no file left behind. No display: one line, exit 1.
#include <catch2/catch.hpp>

#include <unistd.h>

#include "reliability_support.hpp"

using namespace reliability;

namespace {

void check_usage_error(const std::vector<std::string>& args, const std::string& what) {
    ScratchDir dir;
    INFO(args.front() << " ...: " << what);
    ChildOptions options = hermetic(dir);
    options.cwd = dir.path();
    check_one_line_error(run_medmap(args, options), 2, what);
    CHECK(dir.entries() == std::vector<std::string>{});  // no output, not even a cache
}

}  // namespace

TEST_CASE("reliability: CLI: unknown flags") {
    check_usage_error({"--no-such-flag"}, "The following argument was not expected: --no-such-flag");
    check_usage_error({"export", "--colour", "red"}, "--colour");
}

TEST_CASE("reliability: CLI: missing values") {
    check_usage_error({"info", "--state"}, "--state");
    check_usage_error({"info", "--specialty", "emt"}, "--state is required");
    check_usage_error({"export", "--width"}, "--width");
    check_usage_error({"export"}, "--out: give the file to write");
}

TEST_CASE("reliability: CLI: bad sizes") {
    check_usage_error({"--window-size", "10x10", "--headless"}, "--window-size: '10x10' is not a size");
    check_usage_error({"--window-size", "huge", "--headless"}, "--window-size: 'huge'");
    check_usage_error({"export", "--width", "0", "--out", "x.png"}, "--width: expected a whole number");
    check_usage_error({"export", "--height", "99999", "--out", "x.png"}, "--height");
    check_usage_error({"export", "--scale", "-1", "--out", "x.png"}, "--scale");
    check_usage_error({"--soak", "10,zero"}, "--soak: '10,zero' is not HOVERS,SWITCHES");
}

TEST_CASE("reliability: CLI: unknown specialty, metric or state") {
    check_usage_error({"info", "--state", "TX", "--specialty", "astronaut"}, "--specialty: unknown specialty 'astronaut'");
    check_usage_error({"export", "--specialty", "astronaut", "--out", "x.png"}, "--specialty: unknown specialty");
    check_usage_error({"--metric", "happiness", "--headless"}, "--metric: unknown metric 'happiness'");
    check_usage_error({"export", "--metric", "happiness", "--out", "x.png"}, "--metric: unknown metric");
    check_usage_error({"info", "--state", "Atlantis"}, "--state: unknown state 'Atlantis'");
}

TEST_CASE("reliability: export into an unwritable directory") {
    ScratchDir dir;
    const auto locked = dir / "locked";
    std::filesystem::create_directory(locked);
    std::filesystem::permissions(locked, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec |
                                             std::filesystem::perms::group_read | std::filesystem::perms::group_exec |
                                             std::filesystem::perms::others_read | std::filesystem::perms::others_exec);
    ChildOptions options = hermetic(dir);
    options.as_nobody = true;  // root may write anywhere: run as an ordinary user
    options.env.push_back("MEDMAP_NO_CACHE=1");
    const auto out = locked / "map.png";
    const ChildResult r = run_medmap({"export", "--out", out.string()}, options);
    check_one_line_error(r, 2, out.string());
    CHECK(r.err.find("Permission denied") != std::string::npos);
    CHECK(std::filesystem::is_empty(locked));
}

TEST_CASE("reliability: export onto /dev/full") {
    ScratchDir dir;
    const ChildResult r = run_medmap({"export", "--format", "png", "--out", "/dev/full"}, hermetic(dir));
    check_one_line_error(r, 2, "/dev/full");
    CHECK(r.err.find("No space left on device") != std::string::npos);
}

TEST_CASE("reliability: no DISPLAY") {
    ScratchDir dir;
    ChildOptions options = hermetic(dir);
    options.env.push_back("DISPLAY");
    const ChildResult r = run_medmap({"--window"}, options);
    check_one_line_error(r, 1, "no display (DISPLAY is not set): cannot open the window");
}

TEST_CASE("reliability: a DISPLAY that accepts no connection") {
    ScratchDir dir;
    ChildOptions options = hermetic(dir);
    options.env.push_back("DISPLAY=:987");  // no X server listens there
    const ChildResult r = run_medmap({"--window"}, options);
    check_one_line_error(r, 1, "no display (cannot connect to the X display ':987'): cannot open the window");
}

TEST_CASE("reliability: CLI: a value with a line break is quoted back on one line") {
    check_usage_error({"--metric", "median\nwage", "--headless"}, "--metric: unknown metric 'median wage'");
    check_usage_error({"info", "--state", "Texas\nOhio"}, "--state: unknown state 'Texas Ohio'");
}
