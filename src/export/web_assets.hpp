#pragma once
// The web page's script and style, compiled in from src/export/web/ at build time.
#include <string_view>

namespace medmap::exporter {

std::string_view map_script();  // src/export/web/map.js
std::string_view map_style();   // src/export/web/map.css ("#MEDMAP" stands for the map's id)

}  // namespace medmap::exporter
