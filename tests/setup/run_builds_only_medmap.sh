#!/usr/bin/env bash
# `setup.sh run` on a fresh build folder builds medmap and its GDAL plugin and nothing
# else: no test_*, replay_* or fuzz_* executable. Run by CTest as
#   run_builds_only_medmap.sh SOURCE_DIR
# It really builds (ccache, when installed, makes a repeat cheap), then lists what the
# build folder holds; the same listing of a full build finds the test executables, so
# the check can fail.
set -euo pipefail
source_dir=$1
# A fresh build folder beside build/ (ignored by git as build*/): at the same depth, the
# compile lines are the same relative to the clone, so ccache (scripts/setup.sh uses it)
# serves the objects the suite's own build already compiled.
scratch=$(mktemp -d "$source_dir/build-setup-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

out=$(MEDMAP_BUILD_DIR="$scratch" bash "$source_dir/scripts/setup.sh" run --version)
echo "setup.sh run --version: $out"
case "$out" in
  *medmap*) ;;
  *) echo "FAIL: setup.sh run did not run medmap" >&2; exit 1 ;;
esac

for wanted in medmap medmap-gdal-plugin.so; do
  [ -f "$scratch/$wanted" ] || { echo "FAIL: $wanted was not built" >&2; exit 1; }
done

# Every executable file the build left, anywhere in the build folder.
built=$(cd "$scratch" && find . -type f -perm -u+x -printf '%f\n' | sort)
echo "executables built:"; echo "$built" | sed 's/^/  /'
unwanted=$(echo "$built" | grep -E '^(test_|replay_|fuzz_)' || true)
if [ -n "$unwanted" ]; then
  echo "FAIL: setup.sh run built test or fuzz executables:" $unwanted >&2
  exit 1
fi
echo "PASS: setup.sh run built medmap and its plugin only"
