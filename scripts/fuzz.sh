#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) in the instrumented build (scripts/instrumented_build.sh:
# clang 14, ASan and UBSan) and runs each for a bounded time.
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET]      (default 60)
# Fails on any crash, leak, sanitizer report or hang (10 s on one input), and prints the
# input that caused it. Needs clang-14 and libclang-rt-14-dev (.ci/run installs them).
set -euo pipefail

seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
targets=(stats_loader geometry_loader cli)
build=$(bash "$root/scripts/instrumented_build.sh" "${targets[@]/#/fuzz_}" | tail -n1)

status=0
for target in "${targets[@]}"; do
  work=$(mktemp -d)
  mkdir "$work/corpus"
  echo "fuzz: $target for ${seconds}s"
  # The scratch corpus first: libFuzzer adds what it finds there, the committed seeds stay as they are.
  if (cd "$work" && "$build/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 "$work/corpus" "$root/fuzz/corpus/$target" >"$work/log" 2>&1); then
    grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb)" "$work/log" | sed "s/^/fuzz: $target: /"
    rm -rf "$work"
  else
    status=1
    tail -n 60 "$work/log"
    for input in "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-*; do
      [ -e "$input" ] || continue
      echo "fuzz: $target FAILED on $(basename "$input") (add it to fuzz/regressions/$target/); base64:"
      base64 -w0 "$input"
      echo
    done
  fi
done
exit $status
