// Replays fuzz inputs without libFuzzer: every file named on the command line, or found
// in a folder named there, goes once through the target's LLVMFuzzerTestOneInput. So the
// seed corpus and every input that once crashed a fuzzer (regressions/) run with the
// normal test suite, and under its sanitizer build, with the ordinary compiler.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace {

std::vector<std::filesystem::path> inputs(int argc, char** argv) {
    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg(argv[i]);
        if (!std::filesystem::exists(arg)) continue;  // e.g. no regressions yet (git keeps no empty folder)
        if (!std::filesystem::is_directory(arg)) {
            files.push_back(arg);
            continue;
        }
        std::vector<std::filesystem::path> in_folder;
        for (const auto& entry : std::filesystem::directory_iterator(arg))
            if (entry.is_regular_file()) in_folder.push_back(entry.path());
        std::sort(in_folder.begin(), in_folder.end());
        files.insert(files.end(), in_folder.begin(), in_folder.end());
    }
    return files;
}

}  // namespace

int main(int argc, char** argv) {
    if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
    std::size_t replayed = 0;
    for (const auto& file : inputs(argc, argv)) {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            std::cerr << "replay: cannot read " << file.string() << "\n";
            return 1;
        }
        const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        std::cout << "replay " << file.filename().string() << std::endl;  // names the input if it crashes
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        ++replayed;
    }
    std::cout << replayed << " inputs replayed\n";
    return replayed > 0 ? 0 : 1;
}
