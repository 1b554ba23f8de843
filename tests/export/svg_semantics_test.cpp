// An exported SVG says what it shows: each state's shape carries its USPS code, value and
// class, its callout box the same code, and each legend swatch its class; a state's fill is
// its class's swatch fill. Scripts, screen readers and the web page read these.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "core/figure/layer_spec.hpp"
#include "export/exporter.hpp"
#include "export_test_support.hpp"

using namespace medmap;
using namespace export_test;

namespace {

using Attributes = std::map<std::string, std::string>;

// Every element with a data- attribute, as its attributes (read by hand: std::regex
// recurses per character and overflows the stack on a state's path data).
std::vector<Attributes> tagged_elements(const std::string& svg) {
    std::vector<Attributes> out;
    for (std::size_t open = svg.find('<'); open != std::string::npos; open = svg.find('<', open + 1)) {
        const std::size_t close = svg.find('>', open);
        if (close == std::string::npos) break;
        const std::string body = svg.substr(open + 1, close - open - 1);
        if (body.find("data-") == std::string::npos) continue;
        Attributes a;
        a["element"] = body.substr(0, body.find(' '));
        for (std::size_t eq = body.find("=\""); eq != std::string::npos; eq = body.find("=\"", eq + 1)) {
            const std::size_t name_start = body.rfind(' ', eq) + 1;
            const std::size_t value_end = body.find('"', eq + 2);
            a[body.substr(name_start, eq - name_start)] = body.substr(eq + 2, value_end - eq - 2);
            eq = value_end;
        }
        out.push_back(a);
    }
    return out;
}

void check_semantics(const figure::LayerSpec& spec) {
    const auto fig = figure::build_figure(dataset(), atlas(), spec);
    exporter::ExportOptions options;
    options.format = exporter::Format::Svg;
    const std::string svg = exporter::render_figure(fig, atlas(), options);
    CHECK(svg.find("viewBox=\"0 0 1920 1080\"") != std::string::npos);

    std::map<std::string, std::string> swatch_fill;  // data-class -> fill
    std::map<std::string, Attributes> states, callouts;
    for (const Attributes& a : tagged_elements(svg)) {
        const std::string id = a.count("id") ? a.at("id") : "";
        if (id.rfind("legend-", 0) == 0) {
            REQUIRE(a.count("data-class"));
            swatch_fill[a.at("data-class")] = a.count("fill") ? a.at("fill") : "";
        } else if (id.rfind("state-", 0) == 0) {
            states[a.at("data-usps")] = a;
        } else if (id.rfind("callout-", 0) == 0) {
            callouts[a.at("data-usps")] = a;
        }
    }
    CHECK(states.size() == atlas().states.size());
    CHECK(states.size() == 51);
    CHECK_FALSE(swatch_fill.empty());
    for (const auto& [usps, a] : states) {
        INFO(usps);
        REQUIRE(a.count("data-class"));
        REQUIRE(a.count("data-value"));
        const auto& style = fig.states[state_index(usps)];
        if (style.no_data()) {
            CHECK(a.at("data-class") == "no-data");
            CHECK(a.at("data-value").empty());
        } else {
            CHECK(a.at("data-class") == std::to_string(style.class_index));
            CHECK(std::stod(a.at("data-value")) == Approx(*style.value));
            // The value's class by the figure's own breaks.
            CHECK(fig.classification.class_of(*style.value) == style.class_index);
        }
        // The fill of a state is the fill of its class's swatch.
        REQUIRE(swatch_fill.count(a.at("data-class")));
        CHECK(a.at("fill") == swatch_fill.at(a.at("data-class")));
    }
    CHECK_FALSE(callouts.empty());
    for (const auto& [usps, a] : callouts) {
        INFO("callout " << usps);
        REQUIRE(states.count(usps));
        CHECK(a.at("data-class") == states.at(usps).at("data-class"));
        CHECK(a.at("data-value") == states.at(usps).at("data-value"));
        CHECK(a.at("fill") == states.at(usps).at("fill"));
    }
}

}  // namespace

TEST_CASE("SVG: every state has data-usps, data-value and data-class, and its class's swatch fill") {
    for (const char* specialty : {"pharmacy", "dental-hygiene", "mri"}) {
        for (auto metric : {data::MetricId::MedianWage, data::MetricId::Employment, data::MetricId::Growth}) {
            for (auto method : {figure::ClassMethod::Jenks, figure::ClassMethod::Quantile}) {
                figure::LayerSpec spec;
                spec.specialty = specialty;
                spec.metric = metric;
                spec.method = method;
                spec.classes = 7;
                INFO(specialty << " " << static_cast<int>(metric) << " " << figure::to_string(method));
                check_semantics(spec);
            }
        }
    }
}
