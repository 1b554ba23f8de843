#pragma once
// Published palettes (ColorBrewer, viridis) for 3 to 9 classes, as 0xRRGGBB.
#include <cstdint>
#include <string>
#include <vector>

namespace medmap::figure {

enum class PaletteKind { Sequential, Diverging };

struct PaletteTable {
    std::string name;
    PaletteKind kind;
    std::vector<std::vector<std::uint32_t>> by_count;  // [0] has 3 colours ... [6] has 9
};

const std::vector<PaletteTable>& palette_tables();

}  // namespace medmap::figure
