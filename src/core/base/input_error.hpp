#pragma once
// Every loader reports bad input the same way: one line naming the file, the place and
// what is wrong, so the CLI can print it as-is and exit non-zero.
#include <stdexcept>
#include <string>

namespace medmap {

class InputError : public std::runtime_error {
public:
    // Builds "FILE: PLACE: WHAT" (PLACE omitted when empty).
    InputError(const std::string& file, const std::string& place, const std::string& what);
    const std::string& file() const noexcept { return file_; }
    const std::string& place() const noexcept { return place_; }
    const std::string& detail() const noexcept { return detail_; }  // WHAT alone

private:
    std::string file_;
    std::string place_;
    std::string detail_;
};

// A wrong command-line flag or value; the CLI answers with usage exit status 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace medmap
