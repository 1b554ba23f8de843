// libFuzzer target: the state loader, projection, triangulation and picking on arbitrary
// bytes given to GDAL through its memory file system. Input starting with '{' is read as
// a GeoJSON file; anything else as a .shp beside a fixed, valid .shx, .dbf and .prj (the
// three-state shapefile in fuzz/fixtures). Loads are --lenient, to reach past the first
// bad feature. Bad input must end in medmap::InputError; anything else is a bug.
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>

#include "core/base/input_error.hpp"
#include "core/geo/albers_usa.hpp"
#include "core/geo/map_model.hpp"
#include "core/geo/state_loader.hpp"

namespace {

struct Companions {
    std::string shx, dbf, prj;
};

std::string read_fixture(const char* name) {
    std::ifstream in(std::string(MEDMAP_FUZZ_FIXTURES) + "/" + name, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const Companions& companions() {
    static const Companions files{read_fixture("three_states.shx"), read_fixture("three_states.dbf"),
                                  read_fixture("three_states.prj")};
    return files;
}

// A file in /vsimem/ over `bytes`, without copying; removed when this goes.
class MemoryFile {
public:
    MemoryFile(std::string path, const void* bytes, std::size_t size) : path_(std::move(path)) {
        VSIFCloseL(VSIFileFromMemBuffer(path_.c_str(), static_cast<GByte*>(const_cast<void*>(bytes)), size, FALSE));
    }
    ~MemoryFile() { VSIUnlink(path_.c_str()); }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;

private:
    std::string path_;
};

void load_project_and_pick(const std::string& path) {
    medmap::geo::LoadOptions options;
    options.include_territories = true;
    options.on_dropped = [](const medmap::InputError&) {};
    const medmap::geo::MapModel model =
        medmap::geo::MapModel::from_atlas(medmap::geo::project_albers_usa(medmap::geo::load_states(path, options)));
    for (const auto& state : model.atlas.states) model.picker.pick(state.bounds.center());
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    GDALAllRegister();
    CPLSetErrorHandler(CPLQuietErrorHandler);  // GDAL's complaints about the input are expected
    companions();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        if (size > 0 && data[0] == '{') {
            const MemoryFile json("/vsimem/fuzz/states.geojson", data, size);
            load_project_and_pick("/vsimem/fuzz/states.geojson");
        } else {
            const Companions& c = companions();
            const MemoryFile shp("/vsimem/fuzz/states.shp", data, size);
            const MemoryFile shx("/vsimem/fuzz/states.shx", c.shx.data(), c.shx.size());
            const MemoryFile dbf("/vsimem/fuzz/states.dbf", c.dbf.data(), c.dbf.size());
            const MemoryFile prj("/vsimem/fuzz/states.prj", c.prj.data(), c.prj.size());
            load_project_and_pick("/vsimem/fuzz/states.shp");
        }
    } catch (const medmap::InputError&) {
    }
    return 0;
}
