// libFuzzer target: the stats loader on arbitrary bytes, strict and --lenient. Bad input
// must end in medmap::InputError; any other exception, a crash, a leak or a hang is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/base/input_error.hpp"
#include "core/data/dataset.hpp"

namespace {

// Touches every figure a loaded dataset answers for, as the map and `info` would.
void read_everything(const medmap::data::Dataset& dataset) {
    for (const auto& specialty : dataset.specialties())
        for (int year : dataset.wage_years()) {
            dataset.us_figures(specialty.slug, year);
            dataset.figures(specialty.slug, "TX", year);
        }
    for (const auto& metric : dataset.metrics()) dataset.find_metric(metric.slug);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        read_everything(medmap::data::parse_dataset(text, "fuzz.json"));
    } catch (const medmap::InputError&) {
    }
    try {
        read_everything(medmap::data::parse_dataset(text, "fuzz.json", [](const medmap::InputError&) {}));
    } catch (const medmap::InputError&) {
    }
    return 0;
}
