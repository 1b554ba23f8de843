#pragma once
// `medmap export --all --jobs N`: many figures rendered on several threads that share
// one dataset and one atlas (both read-only while the batch runs). Each file is written
// atomically; Ctrl+C (SIGINT) lets the files being written finish, starts no more, and
// the batch reports how many were written.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/figure/figure.hpp"
#include "core/geo/albers_usa.hpp"
#include "export/exporter.hpp"

namespace medmap::app {

// Exit status of a batch stopped by SIGINT (128 + 2, as a shell reports it).
inline constexpr int kExitInterrupted = 130;

// One figure and the files (one per format) it is written to.
struct BatchFigure {
    figure::LayerSpec spec;
    std::vector<std::pair<std::filesystem::path, exporter::Format>> outputs;
};

struct BatchResult {
    std::size_t written = 0;
    std::size_t total = 0;
    bool interrupted = false;
};

// --jobs: empty means every core; else a whole number from 1 to 256. Throws UsageError.
unsigned parse_jobs(const std::string& text);

// Renders and writes every output on `jobs` threads. Output bytes do not depend on
// `jobs`. The first error stops the batch (files already written stay) and is rethrown.
BatchResult run_export_batch(const data::Dataset& dataset, const geo::Atlas& atlas,
                             const std::vector<BatchFigure>& figures, const exporter::ExportOptions& options,
                             unsigned jobs);

}  // namespace medmap::app
