#pragma once
// Where `medmap export` writes: the file names of a layer and the output folder or file
// from --out, --out-dir and --format.
#include <filesystem>
#include <string>
#include <utility>

#include "app/commands.hpp"
#include "export/exporter.hpp"

namespace medmap::app {

// "emt-median-wage-2015"; projected metrics (growth, openings) carry the projection's
// period instead of the wage year: "emt-growth-2012-2022".
std::string file_stem(const data::Dataset& dataset, const std::string& specialty, const data::Metric& metric,
                      int year);
// Creates the folder if needed; throws medmap::OutputError when it cannot.
std::filesystem::path prepare_out_dir(const std::string& dir);
// The output file and its format, from --out (its extension) and/or --format.
std::pair<std::filesystem::path, exporter::Format> single_target(const ExportCommandOptions& o,
                                                                 const std::string& stem);

}  // namespace medmap::app
