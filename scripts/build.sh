#!/usr/bin/env bash
# Configures and builds Kubegram Desktop into ${KG_BUILD_DIR:-build}. Assumes scripts/setup.sh ran.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${KG_BUILD_DIR:-$ROOT/build}"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE="${KG_BUILD_TYPE:-RelWithDebInfo}" \
    -DKG_WARNINGS_AS_ERRORS="${KG_WARNINGS_AS_ERRORS:-ON}" >/dev/null
cmake --build "$BUILD" -j"$(nproc)"
