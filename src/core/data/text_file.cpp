#include "core/data/text_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <system_error>

#include "core/base/input_error.hpp"

namespace medmap::data {

std::string read_text_file(const std::filesystem::path& path) {
    const std::string name = path.string();
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (!std::filesystem::exists(status)) throw InputError(name, "", "no such file");
    // Opening a directory succeeds on Linux; only the read would fail, less clearly.
    if (std::filesystem::is_directory(status)) throw InputError(name, "", "is a directory, not a file");

    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(name, "", std::string("cannot open the file: ") + std::strerror(errno));
    std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) throw InputError(name, "", "cannot read the file");
    return bytes;
}

}  // namespace medmap::data
