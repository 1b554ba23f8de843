// `medmap export --out map.html` end to end, without a browser (tests/browser/ has the
// browser's side): one file, its CSP, its controls, --embed, and the one-line refusals.
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <regex>

#include "export/html_page.hpp"
#include "export_test_support.hpp"

using namespace export_test;
using Catch::Matchers::Contains;

namespace {

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("medmap export --out map.html: one self-contained page with every layer") {
    TempDir dir;
    const auto r = run_command(medmap_exe() + " export --out " + quoted((dir / "map.html").string()));
    REQUIRE(r.status == 0);
    const std::string page = slurp(dir / "map.html");
    CHECK(page.size() <= 1'500'000);  // issue 12's 1.5 MB (not MiB); 84 layers x 4 years: 1.26 MB
    // Only its own hashed inline script and style; nothing from elsewhere.
    CHECK(std::regex_search(page, std::regex("Content-Security-Policy\" content=\"default-src 'none'; style-src "
                                             "'sha256-[A-Za-z0-9+/=]{44}'; script-src 'sha256-[A-Za-z0-9+/=]{44}'")));
    CHECK(count(page, "<script") == 1);
    CHECK(count(page, "http://") == 1);  // the SVG namespace, which is a name, not a request
    CHECK(count(page, "https://") == 0);
    CHECK_THAT(page, Contains("aria-label=\"Specialty\""));
    CHECK_THAT(page, Contains("aria-label=\"Metric\""));
    CHECK_THAT(page, Contains("aria-label=\"Year\""));
    CHECK_THAT(page, Contains("<option value=\"median-wage\" selected>"));
    CHECK_THAT(page, Contains("role=\"tooltip\""));
    CHECK_THAT(page, Contains("viewBox=\"0 0 1920 1080\""));
    CHECK(count(page, "tabindex=\"0\"") == 51);
    // 12 specialties x 7 metrics (5 published, 2 adjusted for local prices) x 4 years.
    REQUIRE(dataset().metrics().size() == 7);
    CHECK(count(page, "\"key\":") == dataset().specialties().size() * 7 * dataset().wage_years().size());
}

TEST_CASE("medmap export --embed: one div, one style, one script, ids from the file name") {
    TempDir dir;
    const auto r = run_command(medmap_exe() + " export --embed --out " + quoted((dir / "TX map.html").string()));
    REQUIRE(r.status == 0);
    const std::string fragment = slurp(dir / "TX map.html");
    CHECK(fragment.find("<html") == std::string::npos);
    CHECK(fragment.find("Content-Security-Policy") == std::string::npos);
    CHECK(std::regex_search(fragment, std::regex("^<!--[^\n]*-->\n<div id=\"medmap-tx-map\" class=\"medmap\">")));
    CHECK(count(fragment, "<style>") == 1);
    CHECK(count(fragment, "<script>") == 1);
    CHECK(count(fragment, "id=\"medmap-tx-map-state-TX\"") == 1);
    CHECK(count(fragment, "id=\"state-") == 0);
}

TEST_CASE("page_id: medmap- and the file name in lower-case letters, digits and dashes") {
    CHECK(medmap::exporter::page_id("out/TX map.html") == "medmap-tx-map");
    CHECK(medmap::exporter::page_id("--.html") == "medmap-map");
    CHECK(medmap::exporter::page_id("emt_2014.htm") == "medmap-emt-2014");
}

TEST_CASE("medmap export: --embed without html, and html with --all, are refused in one line") {
    TempDir dir;
    auto r = run_command(medmap_exe() + " export --embed --out " + quoted((dir / "map.png").string()));
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Contains("--embed"));
    CHECK(line_count(r.err) == 1);
    r = run_command(medmap_exe() + " export --all --format html --out-dir " + quoted((dir / "all").string()));
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Contains("--format: html"));
    CHECK(line_count(r.err) == 1);
    CHECK(dir.entries().empty());
}
