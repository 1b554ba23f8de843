#include <iostream>

#include "app/commands.hpp"
#include "core/base/atomic_file.hpp"
#include "core/data/importer.hpp"

namespace medmap::app {

int run_import(const ImportOptions& options) {
    const std::string json = data::import_stats(data::ImportSources::in_folder(options.from));
    if (options.out.empty() || options.out == "-") {
        std::cout << json;
        return 0;
    }
    write_file_atomically(options.out, json);
    std::cerr << "wrote " << options.out << "\n";
    return 0;
}

}  // namespace medmap::app
