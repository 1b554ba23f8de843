#pragma once
// What the end-to-end tests share: the real medmap process, its event log, shell
// commands (xdotool, import) and screenshots of the X display.
#include <catch2/catch.hpp>
#include <SFML/Graphics/Image.hpp>
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>

#include "core/geo/map_model.hpp"

namespace e2e {

using namespace std::chrono_literals;

// The medmap process, started with `args` and its output in `log`; killed when the test
// ends, whatever happens.
class AppProcess {
public:
    // `cwd`, if given, is where the app runs (where Ctrl+S saves).
    AppProcess(const std::string& args, const std::filesystem::path& log, const std::filesystem::path& cwd = {});
    ~AppProcess();
    AppProcess(const AppProcess&) = delete;
    AppProcess& operator=(const AppProcess&) = delete;

private:
    pid_t pid_ = -1;
};

std::string slurp(const std::filesystem::path& p);
// Polls `ready` every 50 ms until it answers true or `timeout` passes.
bool wait_for(const std::function<bool()>& ready, std::chrono::milliseconds timeout);
int sh(const std::string& cmd);
// The whole X display as an image (ImageMagick's import).
sf::Image screenshot(const std::filesystem::path& path);

inline std::size_t index_of(const medmap::geo::MapModel& map, const std::string& usps) {
    const auto& states = map.atlas.states;
    for (std::size_t i = 0; i < states.size(); ++i)
        if (states[i].usps == usps) return i;
    FAIL("no state " << usps);
    return 0;
}

}  // namespace e2e
