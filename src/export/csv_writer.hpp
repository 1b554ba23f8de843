#pragma once
// The current layer as a table, one row per state:
//     usps,name,fips,value,class,rank,us_value,note
// UTF-8 with a header line, RFC 4180 quoting and CRLF line ends; numbers are plain (no
// thousands separators, "." for decimals); an empty field means no data. `value` is what
// the map shows (for a difference-from-US view, the difference), `class` its legend class
// counted from 1 (the lowest), `rank` 1 = highest, `us_value` the national figure, `note`
// the reason a figure is missing.
#include <string>

#include "core/figure/figure.hpp"
#include "core/geo/albers_usa.hpp"

namespace medmap::exporter {

std::string layer_csv(const figure::Figure& figure, const geo::Atlas& atlas);

// One CSV field, quoted when it holds a comma, quote, CR or LF (quotes doubled).
std::string csv_field(const std::string& text);

}  // namespace medmap::exporter
