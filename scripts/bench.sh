#!/usr/bin/env bash
# Builds and runs the benchmarks (never part of a test run: they are not registered with ctest)
# and prints their numbers: one "<area>.<metric> <value> <unit>" line each.
# Usage: scripts/bench.sh [pattern]   runs the benchmarks whose name matches the extended regex,
#                                     e.g. scripts/bench.sh 'import|engine'
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${KG_BUILD_DIR:-$ROOT/build}"
bash "$ROOT/scripts/setup.sh" >/dev/null
bash "$ROOT/scripts/build.sh" >/dev/null
LIST="$BUILD/benchmarks.txt"
[[ -f "$LIST" ]] || { echo "bench.sh: $LIST is missing (KG_BUILD_BENCHMARKS=OFF?)" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen
status=0
ran=0
while IFS=$'\t' read -r name exe; do
    [[ -n "$name" ]] || continue
    if [[ -n "${1:-}" ]] && ! [[ "$name" =~ $1 ]]; then
        continue
    fi
    ran=$((ran + 1))
    # Only the number lines go to stdout; a failing benchmark says so on stderr.
    if ! out="$(cd "$BUILD" && "$exe" 2>&1)"; then
        echo "bench.sh: $name failed:" >&2
        printf '%s\n' "$out" | tail -20 >&2
        status=1
    fi
    printf '%s\n' "$out" | sed -n -E 's/^([a-z_]+\.[A-Za-z0-9_.]+ [-0-9.e+]+ [^ ]+)$/\1/p'
done <"$LIST"
if [[ $ran -eq 0 ]]; then
    echo "bench.sh: no benchmark matches '${1:-}'" >&2
    exit 1
fi
exit $status
