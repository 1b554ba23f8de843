#include "core/base/input_error.hpp"

namespace medmap {

namespace {
std::string compose(const std::string& file, const std::string& place, const std::string& what) {
    std::string line = file;
    if (!place.empty()) line += ": " + place;
    line += ": " + what;
    // One line: a newline inside a message (e.g. from GDAL) would break the contract.
    for (char& c : line)
        if (c == '\n' || c == '\r') c = ' ';
    return line;
}
}  // namespace

InputError::InputError(const std::string& file, const std::string& place, const std::string& what)
    : std::runtime_error(compose(file, place, what)), file_(file), place_(place), detail_(what) {}

}  // namespace medmap
