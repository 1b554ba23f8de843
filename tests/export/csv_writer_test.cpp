// The layer as CSV: RFC 4180 (read back by Python's csv module in strict mode), and the
// same figures, ranks and US values as `medmap info --json` for every state.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "export/csv_writer.hpp"
#include "export/exporter.hpp"
#include "export_test_support.hpp"

using namespace export_test;
using nlohmann::json;

namespace {

CommandResult run_medmap(const std::string& args) { return run_command(medmap_exe() + " " + args); }

// The file's records as Python's csv module reads them (strict: malformed quoting fails).
json parse_with_python(const std::filesystem::path& file) {
    const auto r = run_command(
        "/usr/bin/python3 -c 'import csv, json, sys; "
        "print(json.dumps(list(csv.reader(open(sys.argv[1], newline=\"\", encoding=\"utf-8\"), strict=True))))' '" +
        file.string() + "'");
    INFO(r.err);
    REQUIRE(r.status == 0);
    return json::parse(r.out);
}

void check_layer_equals_info(const std::string& metric_slug, const std::string& json_key) {
    TempDir dir;
    const auto file = dir / "layer.csv";
    const auto r = run_medmap("export --specialty emt --metric " + metric_slug + " --out '" + file.string() + "'");
    INFO(r.err);
    REQUIRE(r.status == 0);
    const json rows = parse_with_python(file);
    REQUIRE(rows.size() == 52);
    CHECK(rows[0] == json({"usps", "name", "fips", "value", "class", "rank", "us_value", "note"}));
    int no_data = 0;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto& row = rows[i];
        REQUIRE(row.size() == 8);
        const std::string usps = row[0];
        INFO(metric_slug << " " << usps);
        const json info = json::parse(run_medmap("info --specialty emt --json --state " + usps).out);
        CHECK(row[1] == info["state_name"]);
        const std::string value = row[3], cls = row[4], rank = row[5], us = row[6];
        if (info[json_key].is_null()) {
            ++no_data;
            CHECK(value.empty());
            CHECK(cls.empty());
            CHECK(rank.empty());
            CHECK(row[7] == info["no_data"][json_key]);  // the same reason, in the note column
        } else {
            CHECK(std::stod(value) == Approx(info[json_key].get<double>()));
            CHECK(std::stoi(rank) == info["ranks"][metric_slug]["rank"].get<int>());
            CHECK(std::stoi(cls) >= 1);
            CHECK(value.find(',') == std::string::npos);  // plain numbers
            if (metric_slug.rfind("adjusted-", 0) == 0) CHECK(value == info[json_key].dump());
        }
        CHECK(std::stod(us) == Approx(info["us"][json_key].get<double>()));
    }
    if (metric_slug == "growth") CHECK(no_data > 0);  // Nevada, among others
    // Derived wages are whole dollars in both: the very same number.
    if (metric_slug.rfind("adjusted-", 0) == 0) CHECK(no_data == 0);
}

}  // namespace

TEST_CASE("csv fields: quoted only when needed, quotes doubled") {
    CHECK(medmap::exporter::csv_field("Texas") == "Texas");
    CHECK(medmap::exporter::csv_field("") == "");
    CHECK(medmap::exporter::csv_field("a, b") == "\"a, b\"");
    CHECK(medmap::exporter::csv_field("the \"*\" mark") == "\"the \"\"*\"\" mark\"");
    CHECK(medmap::exporter::csv_field("two\nlines") == "\"two\nlines\"");
}

TEST_CASE("export --out layer.csv equals info --json for all states of two layers") {
    check_layer_equals_info("median-wage", "median_wage");
    check_layer_equals_info("growth", "growth_pct");
}

TEST_CASE("export of a layer adjusted for local prices equals info --json for all states") {
    check_layer_equals_info("adjusted-median-wage", "adjusted_median_wage");
    check_layer_equals_info("adjusted-mean-wage", "adjusted_mean_wage");
}

TEST_CASE("export --format csv and --all with csv write one table per layer") {
    TempDir dir;
    auto r = run_medmap("export --metric openings --format csv --out-dir '" + dir.path().string() + "'");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(std::filesystem::exists(dir / "emt-openings-2012-2022.csv"));
    r = run_medmap("export --all --format csv --out-dir '" + dir.path().string() + "'");
    REQUIRE(r.status == 0);
    CHECK(std::filesystem::exists(dir / "surgical-median-wage-2014.csv"));
    CHECK(parse_with_python(dir / "surgical-median-wage-2014.csv").size() == 52);
}

TEST_CASE("export --view bars and both render, and an unknown view names the flag") {
    TempDir dir;
    for (const char* view : {"bars", "both"}) {
        const auto file = dir / (std::string(view) + ".png");
        const auto r = run_medmap(std::string("export --view ") + view + " --width 1280 --height 800 --out '" +
                                  file.string() + "'");
        INFO(r.err);
        CHECK(r.status == 0);
        CHECK(std::filesystem::file_size(file) > 10000);
    }
    const auto bad = run_medmap("export --view pie --out '" + (dir / "x.png").string() + "'");
    CHECK(bad.status == 2);
    CHECK(bad.err.find("--view: unknown view 'pie' (expected map, bars or both)") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "x.png"));
}

TEST_CASE("the bars view's SVG tags every bar with its state, value and class") {
    medmap::exporter::ExportOptions options;
    options.format = medmap::exporter::Format::Svg;
    options.content = medmap::figure::FigureView::Bars;
    const auto fig = make_figure("emt", medmap::data::MetricId::MedianWage);
    const std::string svg = medmap::exporter::render_figure(fig, atlas(), options);
    CHECK(svg.find("id=\"bar-TX\"") != std::string::npos);
    CHECK(svg.find("id=\"bar-DC\"") != std::string::npos);
    CHECK(svg.find("Ranked by median annual wage") != std::string::npos);
}
