#!/usr/bin/env bash
# The one instrumented build that CI's fuzzers and its sanitizer suite share: clang 14,
# AddressSanitizer and UndefinedBehaviorSanitizer, and libFuzzer's coverage in every
# library (-DMEDMAP_FUZZ=ON), with the tests. One build instead of two (a GCC ASan build
# for the suite and a clang one for the fuzzers) saves CI a whole compile of the project,
# and clang's ASan finds stack-use-after-scope where GCC's did not.
#   bash scripts/instrumented_build.sh [TARGET...]      (default: everything)
# Prints the build folder's path last. Needs clang-14 and libclang-rt-14-dev (.ci/run
# installs them).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${MEDMAP_ASAN_BUILD:-$root/build-asan}
jobs=${MEDMAP_JOBS:-$(nproc)}
for tool in clang-14 clang++-14; do
  command -v "$tool" >/dev/null || { echo "instrumented_build: $tool is missing (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 2; }
done

# -O1 and line tables only: every report has file and line, at about half the compile
# time of -O2 -g on CI's two cores. The README's GCC build is the other warnings gate.
CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Sanitize -DMEDMAP_FUZZ=ON \
  -DMEDMAP_BUILD_TESTS=ON -DMEDMAP_WERROR=ON \
  -DCMAKE_CXX_FLAGS="-O1 -fno-omit-frame-pointer" >/dev/null
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build "$build" -j"$jobs" "${targets[@]}" >&2
echo "$build"
