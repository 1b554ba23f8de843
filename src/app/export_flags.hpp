#pragma once
// `medmap export`'s flags, checked and turned into what the exporter takes: sizes, formats,
// view, theme, metric, year and the layer. Each error is a medmap::UsageError naming its flag.
#include <string>
#include <vector>

#include "app/commands.hpp"
#include "export/exporter.hpp"

namespace medmap::app {

// --width/--height/--scale/--text-scale/--page/--force into export options. Given one
// side only, the other follows the default 16:9 shape; given neither, a PDF's canvas takes
// its page's shape.
exporter::ExportOptions size_options(const ExportCommandOptions& o);
// --page only shapes a PDF: with no PDF to write it is a mistake worth saying.
void check_page_has_pdf(const ExportCommandOptions& o, const std::vector<exporter::Format>& formats);
figure::FigureView parse_view(const std::string& text);
figure::Theme parse_theme(const std::string& text);
exporter::Format parse_one_format(const std::string& text);
// "png,svg": each format once, in the order given.
std::vector<exporter::Format> parse_format_list(const std::string& text);
const data::Metric& resolve_metric(const data::Dataset& dataset, const std::string& slug);
// 0: the dataset's default wage year.
int resolve_year(const data::Dataset& dataset, int year);
// The layer of `specialty` x `metric` in `year`, with the theme and the layer flags.
figure::LayerSpec layer_for(const ExportCommandOptions& o, const std::string& specialty, data::MetricId metric,
                            int year);

}  // namespace medmap::app
