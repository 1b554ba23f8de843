#pragma once
// Internal to the geo module: in a dataset GDAL opened, the layer that holds the states
// and what reading it needs: its state identifier field, its transformation to NAD83
// longitude/latitude, and the names of places in it for messages. Each problem throws
// medmap::InputError naming the file and the layer or feature.
#include <filesystem>
#include <string>
#include <string_view>

#include <ogrsf_frmts.h>

#include "core/geo/gdal_support.hpp"

namespace medmap::geo::detail {

bool equals_ignoring_case(std::string_view a, std::string_view b);

// Names where in the file something is, for messages: "feature 3", or with the layer
// when the file has several.
class Places {
public:
    Places(GDALDataset& dataset, OGRLayer& layer)
        : layer_name_(layer.GetName()), several_layers_(dataset.GetLayerCount() > 1) {}

    std::string layer() const { return "layer " + layer_name_; }
    std::string feature(GIntBig fid) const {
        const std::string place = "feature " + std::to_string(fid);
        return several_layers_ ? layer() + ", " + place : place;
    }

private:
    std::string layer_name_;
    bool several_layers_;
};

// The first layer with polygons; with none, names the first feature that shows why.
OGRLayer& first_polygon_layer(GDALDataset& dataset, const std::string& file);

struct IdentifierField {
    int index;
    std::string name;  // as spelled in the file
};

// STATEFP, GEOID, STUSPS or NAME, in that order of preference, in any case.
IdentifierField find_identifier_field(OGRLayer& layer, const std::string& file, const Places& places);

// Null when the layer is already NAD83 longitude/latitude.
CoordinateTransformationPtr transformation_to_nad83(OGRLayer& layer, const std::filesystem::path& path,
                                                   const Places& places);

}  // namespace medmap::geo::detail
