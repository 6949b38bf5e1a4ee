#!/usr/bin/env bash
# Re-blesses the golden files of the local engine after an intended change:
#   1. rewrites the sample and golden input graphs (resources/samples, tests/data/graphs),
#   2. regenerates tests/data/expected/<case>/<layout>/ from them.
# Review the result with `git diff tests/data resources/samples` before committing.
# Usage: scripts/rebless-golden.sh [build-dir]   (default: build)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
cmake --build "$BUILD" --target kg_write_graphs kg_core_tests -j2
"$BUILD/tests/kg_write_graphs" "$ROOT"
KG_REBLESS=1 "$BUILD/tests/kg_core_tests" --gtest_filter='AllCases/LocalEngineGolden.*' >/dev/null
"$BUILD/tests/kg_core_tests" --gtest_filter='*LocalEngineGolden*' | tail -n 3
echo "re-blessed; review with: git diff --stat tests/data resources/samples"
