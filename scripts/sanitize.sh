#!/usr/bin/env bash
# Builds the whole project and its tests with AddressSanitizer and UndefinedBehaviorSanitizer
# (GCC) in a separate build directory, and runs the whole suite there under Xvfb.
#   bash scripts/sanitize.sh [ctest arguments...]
# Any sanitizer report fails the test that caused it. Leak reports from inside Mesa and
# fontconfig are suppressed by tests/sanitizers/lsan.supp (each entry says why).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${MEDMAP_ASAN_BUILD:-$root/build-asan}
flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMEDMAP_WERROR=ON \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" -DCMAKE_MODULE_LINKER_FLAGS="$flags" >/dev/null
jobs=${MEDMAP_JOBS:-$(nproc)}
cmake --build "$build" -j"$jobs"

# The tests start the medmap executable themselves: it inherits these.
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cd "$build"
xvfb-run -a -s "-screen 0 1920x1200x24" ctest --output-on-failure -j"$jobs" "$@"
