#include "core/geo/state_loader.hpp"

#include <algorithm>
#include <optional>

#include <cpl_vsi.h>
#include <ogrsf_frmts.h>

#include "core/base/input_error.hpp"
#include "core/geo/gdal_support.hpp"
#include "core/geo/shapefile_companions.hpp"
#include "core/geo/state_feature_reader.hpp"
#include "core/geo/state_layer.hpp"
#include "core/geo/zip_datasets.hpp"

namespace medmap::geo {

namespace {

using detail::QuietGdalErrors;

// The file's size in bytes, or nullopt when it does not exist. Asked through GDAL's
// virtual file system so that /vsimem/ and other /vsi paths work like real files.
std::optional<long long> file_size(const std::string& file) {
    VSIStatBufL stat;
    if (VSIStatL(file.c_str(), &stat) != 0) return std::nullopt;
    return VSI_ISREG(stat.st_mode) ? static_cast<long long>(stat.st_size) : 0;
}

ProgressSteps progress_for(OGRLayer& layer, long long bytes, const LoadOptions& options) {
    if (bytes < kProgressMinBytes) return ProgressSteps({}, 0);
    const GIntBig count = layer.GetFeatureCount(FALSE);  // -1 when counting means reading it all
    return ProgressSteps(options.on_progress, count > 0 ? static_cast<std::size_t>(count) : 0);
}

}  // namespace

std::vector<StateShape> load_states(const std::filesystem::path& path, const LoadOptions& options) {
    const std::string file = path.string();
    const std::optional<long long> bytes = file_size(file);
    if (!bytes) throw InputError(file, "", "no such file");
    detail::register_gdal_drivers_once();
    // A Census .zip is read as it comes: the dataset inside it, through /vsizip/.
    const bool zipped = path.extension() == ".zip" || path.extension() == ".ZIP";
    const std::string opened = detail::dataset_in_zip(path, options.layer);
    detail::require_shapefile_companions(opened);

    const QuietGdalErrors quiet;
    detail::GdalDatasetPtr dataset(GDALDataset::FromHandle(
        GDALOpenEx(opened.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr, nullptr, nullptr)));
    if (!dataset)
        throw InputError(file, "", "not a GIS vector file GDAL can read" + QuietGdalErrors::last_message_suffix());

    OGRLayer* named = nullptr;
    if (!options.layer.empty() && !zipped) {
        named = dataset->GetLayerByName(options.layer.c_str());
        if (!named) throw InputError(file, "", "no layer named "" + options.layer + """);
    }
    OGRLayer& layer = named ? *named : detail::first_polygon_layer(*dataset, file);
    const detail::Places places(*dataset, layer);
    const detail::IdentifierField id = detail::find_identifier_field(layer, file, places);
    const detail::CoordinateTransformationPtr to_nad83 = detail::transformation_to_nad83(layer, path, places);

    detail::StateFeatureReader reader(file, places, id, to_nad83.get(), options);
    ProgressSteps progress = progress_for(layer, *bytes, options);
    std::vector<StateShape> states;
    std::size_t features = 0, dropped = 0;
    layer.ResetReading();
    CPLErrorReset();
    for (const auto& feature : layer) {
        ++features;
        try {
            if (std::optional<StateShape> state = reader.read(*feature)) states.push_back(std::move(*state));
        } catch (const InputError& problem) {
            if (!options.on_dropped) throw;
            options.on_dropped(problem);
            ++dropped;
        }
        CPLErrorReset();  // what GDAL says while fetching the next feature is about that one
        progress.advance();
    }
    // GDAL ends the iteration early, with an error, when it cannot go on (a damaged
    // index): what was read would silently lack states.
    if (CPLGetLastErrorType() >= CE_Failure)
        throw InputError(file, places.layer(), "reading stopped after " + std::to_string(features) + " features" +
                                                   QuietGdalErrors::last_message_suffix());
    if (features == 0) throw InputError(file, places.layer(), "no polygon features (the layer is empty)");
    if (states.empty() && dropped > 0)
        throw InputError(file, places.layer(), "no usable state left after dropping all " +
                                                   std::to_string(dropped) + " features");

    std::sort(states.begin(), states.end(), [](const StateShape& a, const StateShape& b) { return a.fips < b.fips; });
    return states;
}

}  // namespace medmap::geo
