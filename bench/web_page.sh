#!/usr/bin/env bash
# Benchmarks of the web page (issue 12), recorded in bench/README.md:
#   1. writing it: hyperfine, whole process, `export --out map.html` against its peer
#      `export --out map.svg` (one layer) in the same run;
#   2. in headless Chromium: load to interactive and a layer switch, performance.now()
#      read through the driver (tests/browser/web_page_test.py prints them).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exe=${MEDMAP_EXE:-$root/build/medmap}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
hyperfine --warmup 3 --runs 20 --export-markdown "$work/page.md" --export-json "$work/page.json" \
  "$exe export --out map.html" "$exe export --out map.svg"
cat "$work/page.md"
# The guide quotes medians: hyperfine's table has means.
/usr/bin/python3 -c 'import json, sys
for r in json.load(open(sys.argv[1]))["results"]: print("median %.1f ms: %s" % (1000 * r["median"], r["command"]))' \
  "$work/page.json"
ls -l map.html map.svg
/usr/bin/python3 "$root/tests/browser/web_page_test.py" --medmap "$exe" --keep "$work/browser" | grep -E "^timing|bytes"
