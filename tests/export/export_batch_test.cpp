// `medmap export --all --jobs N` end to end: the same bytes on any number of threads,
// and Ctrl+C (SIGINT) partway leaves only complete files and says how many.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <thread>

#include "export_test_support.hpp"

using namespace export_test;
using Catch::Matchers::Contains;

namespace {

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// Cairo stamps each PDF with the time it was made; everything else must match.
std::string without_pdf_date(std::string bytes) {
    return std::regex_replace(bytes, std::regex(R"(/CreationDate \(D:[0-9]+Z?\))"), "/CreationDate ()");
}

std::map<std::string, std::string> files_in(const std::filesystem::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        std::string bytes = slurp(e.path());
        if (e.path().extension() == ".pdf") bytes = without_pdf_date(std::move(bytes));
        files[e.path().filename().string()] = std::move(bytes);
    }
    return files;
}

bool complete(const std::filesystem::path& path) {
    const std::string bytes = slurp(path);
    auto ends_with = [&](std::string_view tail) {
        return bytes.size() >= tail.size() && bytes.compare(bytes.size() - tail.size(), tail.size(), tail) == 0;
    };
    const std::string ext = path.extension().string();
    if (ext == ".png") return ends_with(std::string_view("IEND\xae\x42\x60\x82", 8));
    if (ext == ".svg") return ends_with("</svg>\n");
    if (ext == ".pdf") return ends_with("%%EOF\n");
    return false;
}

}  // namespace

TEST_CASE("export --all --jobs 2 writes the same bytes as --jobs 1") {
    TempDir dir;
    const std::string common = "export --all --width 480 --height 270 --format png,svg,pdf --out-dir ";
    for (const char* jobs : {"1", "2"}) {
        const auto r = run_command(medmap_exe() + " " + common + quoted((dir / jobs).string()) + " --jobs " + jobs);
        INFO(r.err);
        REQUIRE(r.status == 0);
        CHECK_THAT(r.out, Contains("Wrote 252 files"));  // 12 specialties x 7 metrics x 3 formats
    }
    const auto one = files_in(dir / "1"), two = files_in(dir / "2");
    REQUIRE(one.size() == 252);
    CHECK(two.size() == one.size());
    int different = 0;
    for (const auto& [name, bytes] : one) {
        const auto it = two.find(name);
        if (it == two.end() || it->second != bytes) {
            UNSCOPED_INFO("differs: " << name);
            ++different;
        }
    }
    CHECK(different == 0);
}

TEST_CASE("export --jobs: a bad count, or --jobs without --all, is a usage error") {
    TempDir dir;
    for (const char* bad : {"0", "-1", "two", "257"}) {
        const auto r = run_command(medmap_exe() + " export --all --jobs " + bad + " --out-dir " +
                                   quoted((dir / "x").string()));
        INFO(bad << ": " << r.err);
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Contains("--jobs"));
        CHECK(line_count(r.err) == 1);
    }
    CHECK_FALSE(std::filesystem::exists(dir / "x"));
    const auto r = run_command(medmap_exe() + " export --jobs 2 --out " + quoted((dir / "a.png").string()));
    CHECK(r.status == 2);
    CHECK(dir.entries().empty());
}

TEST_CASE("Ctrl+C during export --all leaves only complete files and says how many") {
    TempDir dir;
    const auto out_dir = dir / "maps";
    const std::string exe = MEDMAP_EXE;
    const std::string out_dir_text = out_dir.string(), err_path = (dir / "stderr.txt").string();
    // Large outputs in three formats: long enough (252 files) to interrupt partway.
    std::vector<std::string> args{exe, "export", "--all", "--scale", "2", "--format", "png,svg,pdf",
                                  "--jobs", "2", "--out-dir", out_dir_text};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    // The child starts with SIGINT at its default action, whatever the test runner set.
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGINT);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    pid_t pid = 0;
    REQUIRE(posix_spawn(&pid, exe.c_str(), &actions, &attr, argv.data(), environ) == 0);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);

    // Wait for a few finished files, then interrupt.
    auto finished_files = [&] {
        std::size_t n = 0;
        std::error_code ec;
        for (const auto& e : std::filesystem::directory_iterator(out_dir, ec))
            n += e.path().filename().string().front() != '.';
        return n;
    };
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (finished_files() < 3 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    REQUIRE(finished_files() >= 3);
    REQUIRE(kill(pid, SIGINT) == 0);
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);

    const std::string err = slurp(err_path);
    INFO("stderr: " << err);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 130);
    std::smatch m;
    REQUIRE(std::regex_search(err, m, std::regex(R"(interrupted: ([0-9]+) of ([0-9]+) files written)")));
    const std::size_t written = std::stoul(m[1]), total = std::stoul(m[2]);
    CHECK(total == 252);
    CHECK(written < total);
    CHECK(line_count(err) == 1);

    // Exactly the files it counted, each complete, and no temporary file left behind.
    std::size_t files = 0;
    for (const auto& e : std::filesystem::directory_iterator(out_dir)) {
        const std::string name = e.path().filename().string();
        INFO(name);
        CHECK(name.front() != '.');
        CHECK(complete(e.path()));
        ++files;
    }
    CHECK(files == written);
}
