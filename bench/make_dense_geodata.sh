#!/usr/bin/env bash
# A Census-500k-class state shapefile made from the bundled one: GDAL's -segmentize puts
# points along every edge (no edge longer than MAX_DEGREES), like the 50 MB reliability
# test does. The default 0.0055 degrees gives a .shp of about 4.5 MB, the size of the
# Census Bureau's cb_2023_us_state_500k.
#   bash bench/make_dense_geodata.sh [OUT_DIR] [MAX_DEGREES]   -> OUT_DIR/us_states_dense.shp
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-/tmp/medmap-bench}
max_degrees=${2:-0.0055}
command -v ogr2ogr >/dev/null || { apt-get update -qq && apt-get install -y -qq --no-install-recommends gdal-bin >/dev/null; }
mkdir -p "$out"
rm -f "$out"/us_states_dense.*
ogr2ogr -segmentize "$max_degrees" "$out/us_states_dense.shp" "$root/geodata/us_states.shp"
echo "$out/us_states_dense.shp: $(stat -c %s "$out/us_states_dense.shp") bytes"
