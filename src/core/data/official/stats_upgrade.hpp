#pragma once
// Reading a version 1 stats document as version 2, so `medmap import` can merge into it.
#include <nlohmann/json.hpp>

namespace medmap::data::official {

// A version 1 document as version 2: its one round keyed by name, each edition's source
// named, no crosswalk entries, no reasons (the loader then says none was recorded).
// A document of another version is left as it is.
void upgrade_to_v2(nlohmann::ordered_json& doc);

}  // namespace medmap::data::official
