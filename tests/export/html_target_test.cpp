// HtmlTarget writes what the core's painter draws as the SVG export's markup, keeping the
// geometry once however many layers are painted.
#include <catch2/catch.hpp>
#include <regex>

#include "core/figure/figure_painter.hpp"
#include "export/exporter.hpp"
#include "export/html_target.hpp"
#include "export/svg_markup.hpp"
#include "export/svg_target.hpp"
#include "export_test_support.hpp"

using namespace medmap;
using namespace export_test;

namespace {

exporter::PaintedLayer paint(exporter::PageSvg& svg, const figure::Figure& fig, const figure::FigureLayout& layout) {
    exporter::HtmlTarget target(svg);
    figure::paint_figure(target, fig, atlas(), layout);
    return target.take();
}

// `attribute` of the element whose id is `id` in `markup` (plain search: std::regex
// recurses per character and overflows the stack on a 400 kB document).
std::string attribute_of(const std::string& markup, const std::string& id, const std::string& attribute) {
    const std::size_t at = markup.find(" id=\"" + id + "\"");
    if (at == std::string::npos) return "(no element " + id + ")";
    const std::size_t start = markup.rfind('<', at), end = markup.find('>', at);
    const std::string tag = markup.substr(start, end - start);
    const std::size_t value = tag.find(" " + attribute + "=\"");
    if (value == std::string::npos) return "(no " + attribute + ")";
    const std::size_t from = value + attribute.size() + 3;
    return tag.substr(from, tag.find('"', from) - from);
}

// Every <text> element of `markup`, in order.
std::vector<std::string> texts_of(const std::string& markup) {
    std::vector<std::string> out;
    for (std::size_t at = markup.find("<text"); at != std::string::npos; at = markup.find("<text", at + 1))
        out.push_back(markup.substr(at, markup.find("</text>", at) + 7 - at));
    return out;
}

}  // namespace

TEST_CASE("HTML target: texts are the SVG export's, each place's attributes kept once for all layers") {
    const auto wages = make_figure("emt", data::MetricId::MedianWage);
    const auto growth = make_figure("surgical", data::MetricId::Growth);
    const exporter::ExportOptions options;
    const auto layout = exporter::export_layout(wages, atlas(), options);
    exporter::StringTable texts;
    exporter::PageSvg svg("m-");
    svg.texts = &texts;
    const auto first = paint(svg, wages, layout);
    const auto second = paint(svg, growth, layout);

    exporter::SvgTarget reference(options.width, options.height, 1.0);
    figure::paint_figure(reference, growth, atlas(), layout);
    const auto want = texts_of(reference.finish());
    REQUIRE(want.size() > 10);
    CHECK(texts_of(exporter::layer_markup(svg, second)) == want);
    // The titles differ, their place does not: both layers' title words follow the same tag.
    const auto tag_before = [&](const exporter::PaintedLayer& layer, const std::string& title) {
        std::string words;
        exporter::svg::append_escaped(words, title);
        words += "</text>\n";
        for (std::size_t i = 1; i < layer.elements.size(); ++i)
            if (svg.elements.items()[static_cast<std::size_t>(layer.elements[i])] == words) return layer.elements[i - 1];
        return -1;
    };
    const int first_tag = tag_before(first, wages.title);
    REQUIRE(first_tag >= 0);
    CHECK(svg.elements.items()[static_cast<std::size_t>(first_tag)].rfind("<text x=", 0) == 0);
    CHECK(tag_before(second, growth.title) == first_tag);
}

TEST_CASE("HTML target: each state's fill, class and value are the SVG export's, with its geometry once") {
    const auto wages = make_figure("emt", data::MetricId::MedianWage);
    const auto growth = make_figure("surgical", data::MetricId::Growth);
    const exporter::ExportOptions options;
    const auto layout = exporter::export_layout(wages, atlas(), options);
    exporter::StringTable texts;
    exporter::PageSvg svg("m-");
    svg.texts = &texts;

    const auto first = paint(svg, wages, layout);
    const std::size_t defs_after_one = svg.defs.size();
    const auto second = paint(svg, growth, layout);  // same view: no new state geometry
    CHECK(svg.defs.size() < defs_after_one + defs_after_one / 10);

    const std::vector<std::pair<const figure::Figure*, const exporter::PaintedLayer*>> layers{{&wages, &first},
                                                                                               {&growth, &second}};
    for (const auto& [fig, painted] : layers) {
        exporter::SvgTarget reference(options.width, options.height, 1.0);
        figure::paint_figure(reference, *fig, atlas(), layout);
        const std::string expected = reference.finish();
        const std::string markup = exporter::layer_markup(svg, *painted);
        for (const std::string usps : {"TX", "CA", "NV", "DC", "AK"}) {
            INFO(fig->title << ": " << usps);
            for (const std::string attribute : {"fill", "data-class", "data-value", "data-usps"})
                CHECK(attribute_of(markup, "m-state-" + usps, attribute) ==
                      attribute_of(expected, "state-" + usps, attribute));
            CHECK(attribute_of(markup, "m-state-" + usps, "tabindex") == "0");
        }
        CHECK(attribute_of(markup, "m-callout-DC", "data-usps") == "DC");
        CHECK(attribute_of(markup, "m-legend-class-0", "data-class") == "0");
        CHECK(attribute_of(markup, "m-legend-class-0", "fill") == attribute_of(expected, "legend-class-0", "fill"));
    }
}

TEST_CASE("HTML target: the state outlines reuse the states' shapes instead of a second copy") {
    const auto fig = make_figure("emt", data::MetricId::MedianWage);
    const auto layout = exporter::export_layout(fig, atlas(), {});
    exporter::StringTable texts;
    exporter::PageSvg svg("m-");
    svg.texts = &texts;
    const std::string markup = exporter::layer_markup(svg, paint(svg, fig, layout));
    // One <g> of <use>s strokes every state's outline.
    const std::size_t group = markup.find("<g fill=\"none\" stroke=");
    REQUIRE(group != std::string::npos);
    const std::string outlines = markup.substr(group, markup.find("</g>", group) + 4 - group);
    CHECK(std::regex_match(outlines, std::regex("<g fill=\"none\" stroke=\"#[0-9a-f]{6}\" stroke-width=\"[0-9.]+\">"
                                                "(<use href=\"#m-g[0-9]+\"/>){51}</g>")));
}

TEST_CASE("HTML target: painting with the map's paths cached writes the same page as without") {
    const auto wages = make_figure("emt", data::MetricId::MedianWage);
    const auto growth = make_figure("surgical", data::MetricId::Growth);
    const auto layout = exporter::export_layout(wages, atlas(), {});
    exporter::StringTable plain_texts, cached_texts;
    exporter::PageSvg plain("m-"), cached("m-");
    plain.texts = &plain_texts;
    cached.texts = &cached_texts;
    figure::MapPathsCache paths;
    for (const figure::Figure* fig : {&wages, &growth, &wages}) {
        const auto expected = paint(plain, *fig, layout);
        exporter::HtmlTarget target(cached);
        figure::paint_figure(target, *fig, atlas(), layout, {}, &paths);
        const auto got = target.take();
        CHECK(got.elements == expected.elements);
        CHECK(got.shape_attributes == expected.shape_attributes);
    }
    CHECK(paths.size() == 1);
    CHECK(cached.defs == plain.defs);
    CHECK(cached.elements.items() == plain.elements.items());
}
