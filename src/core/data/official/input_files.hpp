#pragma once
// The files `medmap import` is given, as the readers need them. Needs GDAL (linked into
// medmap-gdal-plugin.so): workbooks are read with GDAL's XLSX driver and zips through
// /vsizip/, so a download is read as it comes, without unpacking it anywhere. Excel 97
// workbooks (.xls, BLS's May 2012 and 2013 files) go through GDAL's XLS driver, which
// reads real files only: each is copied to a temporary file, removed once read.
#include <string>
#include <vector>

#include "core/data/official/official_model.hpp"

namespace medmap::data::official {

// Each path may be a file (.xlsx, .xls, .csv, .json, .zip) or a folder. Folders are read
// recursively and zips entry by entry, in name order; their other files (PROVENANCE.md,
// metadata) are skipped. Throws medmap::InputError naming the path on a file that
// cannot be read or a named file of another kind.
std::vector<InputFile> collect_input_files(const std::vector<std::string>& paths);

}  // namespace medmap::data::official
