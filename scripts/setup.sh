#!/usr/bin/env bash
# The README's two set-up commands, for a fresh Debian 12 machine:
#   bash scripts/setup.sh run    install what is missing, build medmap (Release), run it
#   bash scripts/setup.sh test   install what is missing, build everything, run the whole suite
# Both are idempotent: packages are installed only when missing, and the build is incremental.
# `run` builds only the medmap target (and the GDAL plugin it loads): someone who only
# wants the app does not wait for the test and fuzz-replay executables.
# MEDMAP_BUILD_DIR overrides the build folder (default: build/ in the clone).
set -euo pipefail

mode=${1:-run}
shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
build=${MEDMAP_BUILD_DIR:-"$root/build"}
case "$mode" in
  run) targets=(--target medmap) ;;  # medmap depends on the plugin target, so it is built too
  test) targets=() ;;
  *)
    echo "usage: $0 run|test [args...]" >&2
    exit 2
    ;;
esac

# Everything medmap needs to build, run and test, from Debian 12 packages only.
packages=(
  cmake g++ make pkg-config ccache libxxhash-dev libx11-dev
  libsfml-dev libgdal-dev libgeos-dev libcairo2-dev libpng-dev libfontconfig-dev libfreetype-dev fonts-dejavu-core
  nlohmann-json3-dev libcli11-dev catch2 libssl-dev gdal-bin
  xvfb xauth xdotool imagemagick librsvg2-bin poppler-utils libxml2-utils
  libssl-dev
  # The web page's tests run in a real browser (label browser).
  chromium chromium-driver python3-selenium
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
# ccache makes a rebuild in another build folder of this clone (the set-up test makes one)
# nearly free; CCACHE_BASEDIR lets it match the same sources from either folder.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DMEDMAP_WERROR=$werror \
  -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
cmake --build "$build" -j"$(nproc)" "${targets[@]}"

case "$mode" in
  run)
    exec "$build/medmap" "$@"
    ;;
  test)
    # Display tests (label gl, end-to-end) need an X server: run the whole suite under Xvfb.
    # -noreset: by default Xvfb resets when its last client disconnects, and a client
    # connecting during the reset is refused ("Failed to open X11 display"; Xorg server
    # issue 1102). Tests start and end many windows in a row: 4 of 1,200 quick X clients
    # in a row failed here without it, none with it.
    cd "$build"
    xvfb-run -a -s "-screen 0 1920x1200x24 -noreset" ctest --output-on-failure -j"$(nproc)" "$@"
    ;;
esac
