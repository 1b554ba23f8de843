#!/usr/bin/env bash
# Window speed under Xvfb (Mesa llvmpipe): frame times while the hover moves over the
# states, and time from process start to the first frame.
#   bash bench/window_bench.sh            (after scripts/setup.sh has built build/medmap)
# Peer, measured in the same run: `glxinfo -B`, a process that only creates an OpenGL
# context on the same X server and prints its renderer: the floor any GL app pays.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
medmap="$root/build/medmap"
missing=()
for p in hyperfine mesa-utils xvfb xauth; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${1:-}" != "--inner" ] && [ -n "${missing[*]:-}" ]; then apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; fi

inner() {
  echo "## Frame times, 1920x1080, MSAA 4 (5 runs of 600 frames)"
  for i in 1 2 3 4 5; do "$medmap" --window --window-size 1920x1080 --bench-frames 600 | tr '\n' ' '; echo; done
  echo
  echo "## Start to first frame, in-process clock (15 runs, 1280x800)"
  for i in $(seq 15); do "$medmap" --window --bench-frames 1 | awk '/first_frame_ms/ {print $2}'; done | sort -n | awk '{a[NR]=$1} END {print "median_ms", a[int((NR+1)/2)], "min_ms", a[1], "max_ms", a[NR]}'
  echo
  echo "## Whole process (start, load, first frame, exit) vs glxinfo -B"
  hyperfine --warmup 3 --runs 20 -N --export-markdown /tmp/medmap_window_hyperfine.md \
    --export-json /tmp/medmap_window_hyperfine.json \
    "$medmap --window --bench-frames 1" "glxinfo -B" >/dev/null
  cat /tmp/medmap_window_hyperfine.md
  /usr/bin/python3 - <<'PY'
import json
r = json.load(open("/tmp/medmap_window_hyperfine.json"))["results"]
med = {x["command"].split()[0].split("/")[-1]: x["median"] * 1000 for x in r}
print()
print("medians: medmap %.1f ms, glxinfo -B %.1f ms, ratio %.2f" % (med["medmap"], med["glxinfo"], med["medmap"] / med["glxinfo"]))
PY
}
if [ "${1:-}" = "--inner" ]; then inner; else xvfb-run -a -s "-screen 0 1920x1200x24 -noreset" bash "$0" --inner; fi
