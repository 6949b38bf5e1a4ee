#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs the whole test suite (benchmarks
# excluded). Exits non-zero on any failure.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${KG_BUILD_DIR:-$ROOT/build}"
bash "$ROOT/scripts/setup.sh"
bash "$ROOT/scripts/build.sh"
cd "$BUILD"
ctest --output-on-failure --timeout 600 -j"$(nproc)" -LE bench "$@"
