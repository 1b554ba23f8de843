#include "app/cli.hpp"

#include <unistd.h>

#include <iostream>

#include "app/command_line.hpp"
#include "app/commands.hpp"
#include "app/load_reporter.hpp"
#include "core/base/atomic_file.hpp"
#include "core/base/input_error.hpp"

namespace medmap::app {

int run_cli(int argc, char** argv, std::chrono::steady_clock::time_point process_start) {
    CommandLine cl = parse_command_line(std::vector<std::string>(argv, argv + argc));
    if (cl.exit_status) {
        std::cout << cl.out;
        std::cerr << cl.err;
        return *cl.exit_status;
    }
    cl.show.process_start = process_start;

    using Command = CommandLine::Command;
    LoadReporter reporter(std::cerr, ::isatty(STDERR_FILENO) == 1);
    auto run = [&]() {
        if (cl.command == Command::Import) return run_import(cl.import, locate_resources("", cl.stats).stats);
        const ResourcePaths paths = locate_resources(cl.geodata, cl.stats);
        Session session(paths, reporter.handlers(cl.lenient, paths.geodata.string()));
        session.use_projection_round(cl.projections);
        session.use_geodata_layer(cl.geodata_layer);
        // Before the check below: an export needs no triangles, and loads --geodata anyway.
        if (cl.command == Command::Export) return run_export(session, cl.export_options);
        if (!cl.geodata.empty()) session.atlas();  // a given --geodata is always checked
        if (cl.command == Command::List) return run_list(session, cl.list_json);
        if (cl.command == Command::Info) return run_info(session, cl.info);
        return run_show(session, cl.show);
    };
    try {
        const int status = run();
        reporter.finish();
        return status;
    } catch (const UsageError& e) {
        std::cerr << "medmap: " << one_line(e.what()) << "\n";
        return kExitUsage;
    } catch (const OutputError& e) {
        std::cerr << "medmap: " << one_line(e.what()) << "\n";
        return kExitUsage;
    } catch (const InputError& e) {
        std::cerr << "medmap: " << one_line(e.what()) << "\n";
        return kExitInput;
    }
}

}  // namespace medmap::app
