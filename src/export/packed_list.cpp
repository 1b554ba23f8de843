#include "export/packed_list.hpp"

#include <stdexcept>

namespace medmap::exporter {

std::string pack_list(const std::vector<int>& list) {
    std::string out;
    out.reserve(list.size() * 3);
    char digits[8];  // 32^7 > INT_MAX + 1
    for (int n : list) {
        if (n < -1) throw std::invalid_argument("pack_list: " + std::to_string(n) + " is below -1");
        unsigned value = static_cast<unsigned>(n) + 1U;  // -1 -> 0
        int count = 0;
        digits[count++] = kPackedDigits[value % 32];
        for (value /= 32; value > 0; value /= 32) digits[count++] = kPackedDigits[32 + value % 32];
        while (count > 0) out += digits[--count];
    }
    return out;
}

}  // namespace medmap::exporter
