#include "core/figure/text_wrap.hpp"

namespace medmap::figure {

std::vector<std::string> wrapped(const TextMeasure& measure, const std::string& text, double px, double room,
                                 bool bold) {
    std::vector<std::string> words;
    int depth = 0;
    std::string word;
    for (char c : text) {
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        if (c == ' ' && depth <= 0 && !word.empty()) {
            words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) words.push_back(word);
    std::vector<std::string> lines;
    for (const std::string& w : words) {
        if (!lines.empty() && measure_text(measure, lines.back() + " " + w, px, bold) <= room)
            lines.back() += " " + w;
        else
            lines.push_back(w);
    }
    return lines;
}

}  // namespace medmap::figure
