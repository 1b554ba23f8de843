#include "window/font_locator.hpp"

#include <fontconfig/fontconfig.h>

#include <memory>
#include <stdexcept>

namespace medmap::window {

namespace {
struct PatternDeleter {
    void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
using Pattern = std::unique_ptr<FcPattern, PatternDeleter>;
}  // namespace

std::filesystem::path locate_font(const std::string& pattern) {
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (!config) throw std::runtime_error("fontconfig: cannot load its configuration");
    std::unique_ptr<FcConfig, void (*)(FcConfig*)> config_guard(config, FcConfigDestroy);

    Pattern wanted(FcNameParse(reinterpret_cast<const FcChar8*>(pattern.c_str())));
    if (!wanted) throw std::runtime_error("fontconfig: bad font pattern '" + pattern + "'");
    FcConfigSubstitute(config, wanted.get(), FcMatchPattern);
    FcDefaultSubstitute(wanted.get());
    FcResult result = FcResultNoMatch;
    Pattern match(FcFontMatch(config, wanted.get(), &result));
    FcChar8* file = nullptr;
    if (!match || FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch || !file)
        throw std::runtime_error("no font file found for '" + pattern + "' (install fonts-dejavu-core)");
    std::filesystem::path path(reinterpret_cast<const char*>(file));
    auto ext = path.extension().string();
    if (ext != ".ttf" && ext != ".otf" && ext != ".TTF" && ext != ".OTF")
        throw std::runtime_error("font for '" + pattern + "' is not a TrueType/OpenType file: " + path.string());
    return path;
}

}  // namespace medmap::window
