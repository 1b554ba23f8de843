// The window under bad conditions and long use, through the real executable under Xvfb:
// no font, and a soak of hover moves and layer switches.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "../reliability/reliability_support.hpp"

using namespace reliability;

namespace {

void require_display() {
    if (const char* d = std::getenv("DISPLAY"); !d || !*d) FAIL("needs an X display: run under xvfb-run -a");
}

// A fontconfig configuration that knows no font directory at all.
std::filesystem::path fontconfig_without_fonts(const ScratchDir& dir) {
    const auto conf = dir / "fonts.conf";
    std::ofstream(conf) << "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                           "<fontconfig><cachedir>"
                        << (dir / "fc-cache").string() << "</cachedir></fontconfig>\n";
    return conf;
}

}  // namespace

TEST_CASE("reliability: font missing: the window and the export say so in one line") {
    require_display();
    ScratchDir dir;
    ChildOptions options = hermetic(dir);
    options.env.push_back("FONTCONFIG_FILE=" + fontconfig_without_fonts(dir).string());

    ChildResult r = run_medmap({"--window", "--window-size", "640x400"}, options);
    INFO(r.err);
    CHECK(r.status == 1);
    CHECK(line_count(r.err) == 1);
    CHECK(r.err.find("medmap: no font file found for 'DejaVu Sans'") != std::string::npos);

    r = run_medmap({"export", "--out", (dir / "map.png").string()}, options);
    INFO(r.err);
    CHECK(r.status == 1);
    CHECK(line_count(r.err) == 1);
    CHECK(r.err.find("medmap: font \"DejaVu Sans\": fontconfig finds no font file") != std::string::npos);
    CHECK(r.out.empty());
    CHECK_FALSE(std::filesystem::exists(dir / "map.png"));
}

TEST_CASE("reliability: 10,000 hover moves and 1,000 layer switches keep memory stable") {
    require_display();
    ScratchDir dir;
    const ChildResult r = run_medmap({"--soak", "10000,1000", "--window-size", "640x400"}, hermetic(dir));
    INFO(r.out << r.err);
    REQUIRE(r.status == 0);
    // "soak hovers 10000 switches 1000 rss_before_kb B rss_after_kb A seconds S"
    const auto at = r.out.find("soak hovers 10000 switches 1000 rss_before_kb ");
    REQUIRE(at != std::string::npos);
    std::istringstream report(r.out.substr(at));
    std::string word;
    long before_kb = -1, after_kb = -1;
    while (report >> word) {
        if (word == "rss_before_kb") report >> before_kb;
        if (word == "rss_after_kb") report >> after_kb;
    }
    REQUIRE(before_kb > 0);
    REQUIRE(after_kb > 0);
    // Printed for tests/README.md (ctest -V shows it).
    std::cout << "soak: RSS " << before_kb / 1024 << " MB after warm-up, " << after_kb / 1024 << " MB after; peak "
              << r.peak_rss_kb / 1024 << " MB\n";
    CHECK(after_kb - before_kb < 20 * 1024);
}
