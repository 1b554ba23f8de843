#include "core/data/text_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <system_error>

#include "core/base/input_error.hpp"

namespace medmap::data {

std::string read_text_file(const std::filesystem::path& path, std::size_t max_bytes) {
    const std::string name = path.string();
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (!std::filesystem::exists(status)) throw InputError(name, "", "no such file");
    // Opening a directory succeeds on Linux; only the read would fail, less clearly.
    if (std::filesystem::is_directory(status)) throw InputError(name, "", "is a directory, not a file");

    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(name, "", std::string("cannot open the file: ") + std::strerror(errno));
    std::string bytes;
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > max_bytes)
            throw InputError(name, "", "larger than " + std::to_string(max_bytes >> 20) + " MB: not a file medmap reads");
    }
    if (in.bad()) throw InputError(name, "", "cannot read the file");
    return bytes;
}

}  // namespace medmap::data
