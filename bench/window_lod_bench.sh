#!/usr/bin/env bash
# Window frame times, memory and start-up with the bundled states and with a
# Census-500k-class shapefile (bench/make_dense_geodata.sh), under Xvfb (Mesa llvmpipe).
#   bash bench/window_lod_bench.sh        (after scripts/setup.sh has built build/medmap)
# For each file: 5 runs of --bench-frames 300 at 1920x1080 (p50, p99, peak RSS from
# /usr/bin/time), then 15 runs of start to first frame (in-process clock, atlas cache warm).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
medmap=${MEDMAP_EXE:-"$root/build/medmap"}
dense=${DENSE_GEODATA:-/tmp/medmap-bench/us_states_dense.shp}
[ -f "$dense" ] || bash "$root/bench/make_dense_geodata.sh" "$(dirname "$dense")" >/dev/null

inner() {
  for geodata in "$root/geodata/us_states.shp" "$dense"; do
    echo "## $(basename "$geodata") ($(stat -c %s "$geodata") bytes .shp)"
    "$medmap" --geodata "$geodata" --window --bench-frames 1 >/dev/null  # warms the atlas cache
    for i in 1 2 3 4 5; do
      /usr/bin/time -f "peak_rss_mb %M" -o /tmp/medmap_lod_time.txt \
        "$medmap" --geodata "$geodata" --window --window-size 1920x1080 --bench-frames 300 |
        awk '/p50_ms|p99_ms/ {printf "%s %s ", $1, $2}'
      awk '{printf "%s %.0f\n", $1, $2 / 1024}' /tmp/medmap_lod_time.txt
    done
    for i in $(seq 15); do "$medmap" --geodata "$geodata" --window --bench-frames 1 | awk '/first_frame_ms/ {print $2}'; done |
      sort -n | awk '{a[NR]=$1} END {print "first_frame median_ms", a[int((NR+1)/2)], "min_ms", a[1], "max_ms", a[NR]}'
    echo
  done
}
if [ "${1:-}" = "--inner" ]; then inner; else xvfb-run -a -s "-screen 0 1920x1200x24 -noreset" bash "$0" --inner; fi
