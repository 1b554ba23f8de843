#pragma once
// The web page holds every layer, so it keeps each distinct thing once: texts, SVG markup
// pieces, geometry and lists of indices are stored in tables and referred to by index.
// Most of a layer is the same as its neighbours' (the same tooltips for every metric, the
// same frames and labels for every year), which keeps the page small.
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace medmap::exporter {

// Distinct strings in the order first seen; add() returns the index of an equal one.
class StringTable {
public:
    int add(std::string_view text) {
        // Looked up as a string_view: a text already kept (most of them) costs no copy.
        if (auto it = index_.find(text); it != index_.end()) return it->second;
        const int index = static_cast<int>(items_.size());
        items_.emplace_back(text);
        index_.emplace(items_.back(), index);
        return index;
    }
    const std::vector<std::string>& items() const { return items_; }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    std::vector<std::string> items_;
    std::unordered_map<std::string, int, Hash, std::equal_to<>> index_;
};

// Distinct lists of indices, likewise.
class ListTable {
public:
    int add(const std::vector<int>& list) {
        const std::string_view key(reinterpret_cast<const char*>(list.data()), list.size() * sizeof(int));
        if (auto it = index_.find(key); it != index_.end()) return it->second;
        const int index = static_cast<int>(items_.size());
        items_.push_back(list);
        index_.emplace(std::string(key), index);
        return index;
    }
    const std::vector<std::vector<int>>& items() const { return items_; }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view bytes) const { return std::hash<std::string_view>{}(bytes); }
    };
    std::vector<std::vector<int>> items_;
    std::unordered_map<std::string, int, Hash, std::equal_to<>> index_;  // a list's bytes -> index
};

}  // namespace medmap::exporter
