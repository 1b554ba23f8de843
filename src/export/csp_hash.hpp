#pragma once
// A Content-Security-Policy source for an inline <script> or <style>: 'sha256-<base64>'.
#include <string>
#include <string_view>

namespace medmap::exporter {

std::string csp_sha256(std::string_view content);

}  // namespace medmap::exporter
