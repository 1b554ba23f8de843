#include "core/data/json_document.hpp"

#include <algorithm>
#include <set>
#include <vector>

#include "core/base/input_error.hpp"
#include "core/data/json_path.hpp"

namespace medmap::data {

namespace {

using nlohmann::json;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Follows the parser's events to know where it is, so a repeated key can be named by
// its path. nlohmann reports values only for scalars; containers have start/end events.
class DuplicateKeyGuard {
public:
    explicit DuplicateKeyGuard(const std::string& name) : name_(name) {}

    bool on_event(json::parse_event_t event, const json& parsed) {
        switch (event) {
        case json::parse_event_t::object_start: frames_.push_back({true, {}, {}, 0}); break;
        case json::parse_event_t::array_start: frames_.push_back({false, {}, {}, 0}); break;
        case json::parse_event_t::key: {
            Frame& top = frames_.back();
            top.key = parsed.get<std::string>();
            if (!top.keys.insert(top.key).second)
                throw InputError(name_, current_path(), "duplicate key \"" + top.key + "\"");
            break;
        }
        case json::parse_event_t::object_end:
        case json::parse_event_t::array_end:
            frames_.pop_back();
            finished_value();
            break;
        case json::parse_event_t::value: finished_value(); break;
        }
        return true;  // keep everything; this guard only watches
    }

    // The member or element being read: where a bad number is.
    std::string current_path() const {
        std::string path;
        for (const Frame& f : frames_)
            path = f.is_object ? json_child_path(path, f.key) : json_index_path(path, f.index);
        return path;
    }

private:
    struct Frame {
        bool is_object;
        std::set<std::string> keys;
        std::string key;      // the member being read, when an object
        std::size_t index;    // the element being read, when an array
    };

    void finished_value() {
        if (!frames_.empty() && !frames_.back().is_object) ++frames_.back().index;
    }

    const std::string& name_;
    std::vector<Frame> frames_;
};

// nlohmann's messages start "[json.exception.parse_error.101] parse error at line 1,
// column 2: " or "[json.exception.out_of_range.406] "; the place is reported
// separately, so keep only what went wrong.
std::string without_exception_id(std::string_view what) {
    const auto after_id = what.find("] ");
    return std::string(after_id == std::string_view::npos ? what : what.substr(after_id + 2));
}

std::string parse_problem(const json::parse_error& e) {
    const std::string what = without_exception_id(e.what());
    const auto colon = what.find(": ");
    return colon == std::string::npos ? what : what.substr(colon + 2);
}

std::string line_and_column(std::string_view text, std::size_t byte) {
    // `byte` counts the characters read, the offending one included.
    const std::size_t at = std::min(byte > 0 ? byte - 1 : 0, text.size());
    const auto before = text.substr(0, at);
    const auto line = 1 + std::count(before.begin(), before.end(), '\n');
    const auto last_newline = before.rfind('\n');
    const std::size_t column = last_newline == std::string_view::npos ? at + 1 : at - last_newline;
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

}  // namespace

json parse_json_strictly(std::string_view text, const std::string& name) {
    if (text.starts_with(kUtf8Bom)) text.remove_prefix(kUtf8Bom.size());
    DuplicateKeyGuard guard(name);
    try {
        return json::parse(
            text.begin(), text.end(),
            [&guard](int, json::parse_event_t event, json& parsed) {
                return guard.on_event(event, parsed);
            });
    } catch (const json::parse_error& e) {
        throw InputError(name, line_and_column(text, e.byte), parse_problem(e));
    } catch (const json::out_of_range& e) {
        // A number literal too large for a double, such as 1e400.
        throw InputError(name, guard.current_path(), without_exception_id(e.what()) + ": not a finite number");
    }
}

}  // namespace medmap::data
