#pragma once
// What the end-to-end tests share: the real medmap process, its event log, shell
// commands (xdotool, import) and screenshots of the X display.
#include <catch2/catch.hpp>
#include <SFML/Graphics/Image.hpp>
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
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

// The real window at 1280x800 with --log-events, started in a scratch folder (where Ctrl+S
// saves) once it has drawn its first frame; killed and the folder removed at the end.
struct LoggedWindow {
    std::filesystem::path dir;
    std::filesystem::path log;
    std::unique_ptr<AppProcess> app;

    LoggedWindow();
    ~LoggedWindow();
    LoggedWindow(const LoggedWindow&) = delete;
    LoggedWindow& operator=(const LoggedWindow&) = delete;

    bool logged(const std::string& text) const;
    // The last line starting with `prefix` ("hover "), or "".
    std::string last(const std::string& prefix) const;
    // Keys go to the window by name: without a window manager nothing has the focus.
    void keys(const std::string& xdotool_args) const;
    void type(const std::string& text) const;
};

// How many pixels differ between two screenshots inside [x0, x1) x [y0, y1).
int changed_pixels(const sf::Image& a, const sf::Image& b, unsigned x0, unsigned y0, unsigned x1, unsigned y1);

inline std::size_t index_of(const medmap::geo::MapModel& map, const std::string& usps) {
    const auto& states = map.atlas.states;
    for (std::size_t i = 0; i < states.size(); ++i)
        if (states[i].usps == usps) return i;
    FAIL("no state " << usps);
    return 0;
}

}  // namespace e2e
