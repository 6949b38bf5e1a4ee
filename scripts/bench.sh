#!/usr/bin/env bash
# Builds and runs the benchmarks (never part of the test run) and prints their numbers:
# one "<area>.<metric> <value> <unit>" line each. Usage: scripts/bench.sh [ctest -R pattern]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${KG_BUILD_DIR:-$ROOT/build}"
bash "$ROOT/scripts/setup.sh" >/dev/null
bash "$ROOT/scripts/build.sh" >/dev/null
cd "$BUILD"
export QT_QPA_PLATFORM=offscreen
ctest -L bench ${1:+-R "$1"} --output-on-failure -V 2>&1 \
    | sed -n -E 's/^[0-9]+: ([a-z_]+\.[A-Za-z0-9_.]+ [-0-9.e+]+ [^ ]+)$/\1/p'
