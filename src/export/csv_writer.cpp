#include "export/csv_writer.hpp"

#include "core/figure/figure_painter.hpp"

namespace medmap::exporter {

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

std::string layer_csv(const figure::Figure& fig, const geo::Atlas& atlas) {
    std::string out = "usps,name,fips,value,class,rank,us_value,note\r\n";
    const std::string us = fig.us_value ? figure::plain_number(*fig.us_value) : "";
    for (std::size_t i = 0; i < atlas.states.size() && i < fig.states.size(); ++i) {
        const auto& state = atlas.states[i];
        const figure::StateStyle& style = fig.states[i];
        const std::string fields[] = {
            state.usps,
            state.name,
            state.fips,
            style.value ? figure::plain_number(*style.value) : "",
            style.no_data() ? "" : std::to_string(style.class_index + 1),
            style.rank ? std::to_string(*style.rank) : "",
            us,
            style.no_data_reason,
        };
        bool first = true;
        for (const std::string& f : fields) {
            if (!first) out += ',';
            out += csv_field(f);
            first = false;
        }
        out += "\r\n";
    }
    return out;
}

}  // namespace medmap::exporter
