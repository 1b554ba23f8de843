#include <chrono>
#include <exception>
#include <iostream>

#include "app/cli.hpp"
#include "app/command_line.hpp"

int main(int argc, char** argv) {
    const auto start = std::chrono::steady_clock::now();
    try {
        return medmap::app::run_cli(argc, argv, start);
    } catch (const std::exception& e) {
        // Anything not answered deeper down still gets one line and a failure status.
        std::cerr << "medmap: " << medmap::app::one_line(e.what()) << "\n";
        return 1;
    }
}
