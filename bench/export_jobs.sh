#!/usr/bin/env bash
# `medmap export --all` on every core vs on one: 12 specialties x 7 metrics as 1920x1080
# PNG (and, second, as PNG + SVG + PDF), whole process, in one hyperfine run each, and the
# ratio of the medians. Run it on an otherwise idle machine: the two cores are the point.
#   bash bench/export_jobs.sh        (after scripts/setup.sh has built build/medmap)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
medmap=${MEDMAP_EXE:-"$root/build/medmap"}
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq --no-install-recommends hyperfine >/dev/null; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$medmap" export --all --out-dir "$out/warm" >/dev/null  # fills the atlas cache

for formats in png png,svg,pdf; do
  echo "## --all --format $formats ($(nproc) cores)"
  hyperfine --warmup 1 --runs "${RUNS:-10}" -N --export-markdown "$out/jobs.md" --export-json "$out/jobs.json" \
    -n "jobs 1" "$medmap export --all --format $formats --jobs 1 --out-dir $out/one" \
    -n "jobs 2" "$medmap export --all --format $formats --jobs 2 --out-dir $out/two" >/dev/null
  cat "$out/jobs.md"
  /usr/bin/python3 - "$out/jobs.json" <<'PY'
import json, sys
r = {x["command"]: x["median"] for x in json.load(open(sys.argv[1]))["results"]}
print("\nmedians: --jobs 1 %.3f s, --jobs 2 %.3f s, ratio %.2f\n" % (r["jobs 1"], r["jobs 2"], r["jobs 2"] / r["jobs 1"]))
PY
done
