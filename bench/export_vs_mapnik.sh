#!/usr/bin/env bash
# Times `medmap export` (one layer, 1920x1080 PNG) against Mapnik rendering the same
# shapefile to a 1920x1080 PNG, whole process each, in one hyperfine run; then times
# `medmap export --all` (12 specialties x 7 metrics as PNG). Prints hyperfine's tables
# (markdown, for bench/README.md) and the ratio of the medians.
#
#   bash bench/export_vs_mapnik.sh            # uses build/medmap (built if missing)
#   MEDMAP_EXE=path/to/medmap bash bench/export_vs_mapnik.sh
#
# Needs hyperfine and Debian's python3-mapnik (installed here if missing; it is a
# benchmark-only dependency, so scripts/setup.sh does not install it).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
missing=()
for p in python3-mapnik hyperfine; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "bench: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

medmap=${MEDMAP_EXE:-$root/build/medmap}
if [ ! -x "$medmap" ]; then
  cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$root/build" --target medmap -j"$(nproc)"
fi

shapefile="$root/geodata/us_states.shp"
# /usr/bin/python3: Debian's python3-mapnik is not visible to other Pythons (e.g. pyenv's).
hyperfine --warmup 3 --runs 30 \
  --export-markdown "$work/one.md" --export-json "$work/one.json" \
  -n "medmap export (1920x1080 PNG)" \
  "'$medmap' export --specialty emt --metric median-wage --width 1920 --height 1080 --out '$work/medmap.png'" \
  -n "medmap export, atlas cache off (1920x1080 PNG)" \
  "env MEDMAP_NO_CACHE=1 '$medmap' export --specialty emt --metric median-wage --width 1920 --height 1080 --out '$work/medmap-nocache.png'" \
  -n "mapnik (1920x1080 PNG)" \
  "/usr/bin/python3 '$root/bench/mapnik_render.py' '$shapefile' '$work/mapnik.png'"

hyperfine --warmup 1 --runs 5 \
  --export-markdown "$work/all.md" --export-json "$work/all.json" \
  -n "medmap export --all (60 PNG, 1920x1080)" \
  "'$medmap' export --all --format png --out-dir '$work/all'"

echo
cat "$work/one.md"
echo
cat "$work/all.md"
echo
/usr/bin/python3 - "$work/one.json" "$work/all.json" <<'PY'
import json, sys
one = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
medmap = one["medmap export (1920x1080 PNG)"]["median"] * 1000
mapnik = one["mapnik (1920x1080 PNG)"]["median"] * 1000
every = json.load(open(sys.argv[2]))["results"][0]["median"] * 1000
cold = one["medmap export, atlas cache off (1920x1080 PNG)"]["median"] * 1000
print(f"median: medmap {medmap:.1f} ms, mapnik {mapnik:.1f} ms, ratio medmap/mapnik {medmap / mapnik:.2f} (goal <= 0.50)")
print(f"median with the atlas cache off (every run loads GDAL): {cold:.1f} ms, ratio {cold / mapnik:.2f}")
print(f"--all, 60 PNG at 1920x1080: median {every:.0f} ms ({every / 60:.1f} ms per file)")
PY
