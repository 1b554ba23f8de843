#pragma once
// The web page holds every layer, so it keeps each distinct thing once: texts, SVG markup
// pieces, geometry and lists of indices are stored in tables and referred to by index.
// Most of a layer is the same as its neighbours' (the same tooltips for every metric, the
// same frames and labels for every year), which keeps the page small.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace medmap::exporter {

// Distinct strings in the order first seen; add() returns the index of an equal one.
class StringTable {
public:
    int add(std::string_view text) {
        auto [it, inserted] = index_.try_emplace(std::string(text), static_cast<int>(items_.size()));
        if (inserted) items_.emplace_back(text);
        return it->second;
    }
    const std::vector<std::string>& items() const { return items_; }

private:
    std::vector<std::string> items_;
    std::unordered_map<std::string, int> index_;
};

// Distinct lists of indices, likewise.
class ListTable {
public:
    int add(const std::vector<int>& list) {
        std::string key(reinterpret_cast<const char*>(list.data()), list.size() * sizeof(int));
        auto [it, inserted] = index_.try_emplace(std::move(key), static_cast<int>(items_.size()));
        if (inserted) items_.push_back(list);
        return it->second;
    }
    const std::vector<std::vector<int>>& items() const { return items_; }

private:
    std::vector<std::vector<int>> items_;
    std::unordered_map<std::string, int> index_;
};

}  // namespace medmap::exporter
