#!/usr/bin/env bash
# Fuzzes the untrusted-input entry points with the libFuzzer harnesses of tests/fuzz
# (tests/fuzz/README.md):
#   1. installs what the clang build needs (clang, libclang-rt-14-dev for libFuzzer and the
#      sanitizer runtimes, llvm for the symbolizer) when missing; the project's own dependencies
#      come from scripts/setup.sh, which is run first when they are not there yet,
#   2. configures a clang build with -DKG_FUZZ=ON (ASan + UBSan + coverage) in its own folder,
#   3. runs each harness for the given minutes, one at a time, restarting it after a finding
#      until its time is used up; new inputs are merged (-merge=1, so only inputs that add
#      coverage) into tests/fuzz/corpus/<harness>/, and each distinct finding (crash, leak,
#      timeout, out-of-memory; told apart by the error and the top project frames) is copied with
#      its report into tests/fuzz/findings/<harness>/,
#   4. prints the executions, time, new corpus entries and findings per harness.
#
# Usage: scripts/fuzz.sh [minutes] [harness…]   minutes per harness (default 1; decimals work)
#        scripts/fuzz.sh --promote [harness…]    re-runs every reproducer in findings/; those
#                                                that now pass move to crashes/, which ctest
#                                                replays (label fuzz-replay)
#        scripts/fuzz.sh --list                  the harness names
# Environment:
#   KG_FUZZ_BUILD   build folder (default: build-fuzz in the repository)
#   KG_FUZZ_JOBS    build parallelism (default: the number of cores)
#   KG_FUZZ_KNOWN=1 look past the known findings that are not fixed yet: the UBSan suppressions
#                   of tests/fuzz/known-ubsan.supp and the invariant ids of
#                   tests/fuzz/known-invariants.txt (for deeper runs; off by default)
#   KG_FUZZ_ARGS    extra libFuzzer options for every run
#   KG_FUZZ_CORPUS_KB, KG_FUZZ_ENTRY_BYTES
#                   what is committed: new corpus entries up to KG_FUZZ_ENTRY_BYTES (default 4096)
#                   each, until the harness's corpus folder holds KG_FUZZ_CORPUS_KB (default 160)
#                   KiB; the rest stays in the build folder's working corpus for the next run
# Loud on failure: log tail + non-zero exit. Findings do not fail the script; they are listed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${KG_FUZZ_BUILD:-$ROOT/build-fuzz}"
FUZZ="$ROOT/tests/fuzz"
JOBS="${KG_FUZZ_JOBS:-$(nproc)}"
CORPUS_KB="${KG_FUZZ_CORPUS_KB:-160}"
ENTRY_BYTES="${KG_FUZZ_ENTRY_BYTES:-4096}"
HARNESSES=(kgraph server_graph json_canvas yaml_import manifest_validator remote_parsers
    server_answers graph_file exporter compose_import object_properties)

LOG="$BUILD/fuzz-setup.log"

say() { printf '[fuzz] %s\n' "$*"; }
fail() {
    printf '[fuzz] ERROR: %s\n' "$*" >&2
    if [ -s "$LOG" ]; then
        printf '[fuzz] last lines of %s:\n' "$LOG" >&2
        tail -n 40 "$LOG" >&2
    fi
    exit 1
}

# Per-harness libFuzzer settings: largest input, per-input timeout (s), dictionary.
max_len_of() {
    case "$1" in
    exporter) echo 4096 ;;
    remote_parsers | server_answers) echo 16384 ;;
    *) echo 32768 ;;
    esac
}
timeout_of() {
    case "$1" in
    server_answers) echo 30 ;; # one input may wait for the client's own 5 s timeouts
    exporter) echo 20 ;;
    *) echo 10 ;;
    esac
}
# Extra libFuzzer options. server_answers: Qt's network objects free part of their memory in the
# next event loop turn, so libFuzzer's per-input leak check would run (and cost ~100 ms) on every
# input; leaks there are left to the other harnesses.
extra_of() {
    case "$1" in
    server_answers) echo "-detect_leaks=0" ;;
    esac
}
dict_of() {
    case "$1" in
    yaml_import | manifest_validator | compose_import | object_properties) echo "$FUZZ/dict/yaml.dict" ;;
    exporter) echo "$FUZZ/dict/paths.dict" ;;
    *) echo "$FUZZ/dict/json.dict" ;;
    esac
}

MODE=run
MINUTES=1
SELECTED=()
for arg in "$@"; do
    case "$arg" in
    --promote) MODE=promote ;;
    --list) printf '%s\n' "${HARNESSES[@]}"; exit 0 ;;
    -h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    [0-9]*) MINUTES="$arg" ;;
    *)
        printf '%s\n' "${HARNESSES[@]}" | grep -qx -- "$arg" || fail "unknown harness '$arg' (see --list)"
        SELECTED+=("$arg")
        ;;
    esac
done
[ ${#SELECTED[@]} -gt 0 ] || SELECTED=("${HARNESSES[@]}")
mkdir -p "$BUILD"
: >"$LOG"
SECONDS_PER_HARNESS="$(awk -v m="$MINUTES" 'BEGIN { s = int(m * 60); print (s < 10 ? 10 : s) }')"

# --- 1. packages -------------------------------------------------------------------------------
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "run as root or install sudo"
    SUDO="sudo"
fi
# clang 14 is Debian 12's; libclang-rt-14-dev holds libclang_rt.fuzzer and the sanitizer runtimes;
# llvm gives llvm-symbolizer for readable stack traces.
APT_PACKAGES=(clang libclang-rt-14-dev llvm)
missing=()
for p in "${APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q >>"$LOG" 2>&1 || fail "apt-get update failed"
    $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >>"$LOG" 2>&1 \
        || fail "apt-get install failed"
else
    say "Debian packages for the clang build: all present"
fi
if [ ! -f "$ROOT/.deps/ksyntaxhighlighting/.kg-version" ] && [ -z "${KG_DEPS_PREFIX:-}" ]; then
    say "the project's dependencies are missing; running scripts/setup.sh"
    "$ROOT/scripts/setup.sh" || fail "scripts/setup.sh failed"
fi
echo 'extern "C" int LLVMFuzzerTestOneInput(const char *, unsigned long) { return 0; }' \
    >"$BUILD/probe.cpp"
clang++ -fsanitize=fuzzer,address,undefined "$BUILD/probe.cpp" -o "$BUILD/probe" >>"$LOG" 2>&1 \
    || fail "clang++ cannot link a libFuzzer program with ASan and UBSan"

SYMBOLIZER="$(command -v llvm-symbolizer || true)"
[ -n "$SYMBOLIZER" ] || SYMBOLIZER="$(find /usr/lib -maxdepth 4 -path "*/llvm-*/bin/llvm-symbolizer" 2>/dev/null | sort | tail -n1)"
export ASAN_SYMBOLIZER_PATH="$SYMBOLIZER"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:symbolize=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:symbolize=1"
export KG_FUZZ_IGNORE="${KG_FUZZ_IGNORE:-}"
# What the committed corpus is merged with: never the known-findings suppressions, so that an
# input that only passes because a known finding is looked past stays out of corpus/ (the replay
# test would fail on it).
STRICT_UBSAN_OPTIONS="$UBSAN_OPTIONS"
STRICT_IGNORE="$KG_FUZZ_IGNORE"
if [ "${KG_FUZZ_KNOWN:-0}" = 1 ]; then
    say "KG_FUZZ_KNOWN=1: known, unfixed findings are suppressed (tests/fuzz/known-*)"
    UBSAN_OPTIONS="$UBSAN_OPTIONS:suppressions=$FUZZ/known-ubsan.supp"
    KG_FUZZ_IGNORE="$(grep -v '^\s*#' "$FUZZ/known-invariants.txt" | grep -v '^\s*$' \
        | paste -sd, -)${KG_FUZZ_IGNORE:+,$KG_FUZZ_IGNORE}"
fi
export QT_QPA_PLATFORM=offscreen

# --- 2. the clang build ------------------------------------------------------------------------
say "configuring the clang build (KG_FUZZ=ON) in $BUILD"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DKG_FUZZ=ON -DBUILD_TESTING=ON \
    -DKG_BUILD_BENCHMARKS=OFF >>"$LOG" 2>&1 || fail "configuring the fuzz build failed"
targets=()
for h in "${SELECTED[@]}"; do targets+=("kg_fuzz_$h"); done
say "building ${targets[*]} (-j$JOBS; the first build compiles kg::core with the sanitizers)"
cmake --build "$BUILD" -j "$JOBS" --target "${targets[@]}" >>"$LOG" 2>&1 \
    || fail "building the harnesses failed"

# --- 3. running --------------------------------------------------------------------------------
# The kind of a finding and the error line plus the top frames in the project's own code: two
# reports with the same signature are the same finding.
signature() {
    local log="$1"
    {
        grep -m1 -oE "ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer): [a-z-]+( [a-z-]+)?|\
runtime error: .*|kg-fuzz: invariant '[^']*'" "$log" | sed -E 's/0x[0-9a-f]+//g'
        grep -E '^ +#[0-9]+ 0x[0-9a-f]+ in ' "$log" | grep -F "$ROOT/" | grep -vF "$FUZZ/" \
            | sed -E 's/^ +#[0-9]+ 0x[0-9a-f]+ in //' | head -n 3
    } | tr -s ' ' | sha1sum | cut -c1-10
}

# Keeps one reproducer per distinct finding in tests/fuzz/findings/<harness>/ with its report.
# Prints "new" or "seen".
keep_finding() {
    local h="$1" artifact="$2" log="$3" kind sig dest
    kind="$(basename "$artifact" | sed -E 's/-[0-9a-f]{40}$//')"
    sig="$(signature "$log")"
    dest="$FUZZ/findings/$h/$kind-$sig"
    mkdir -p "$FUZZ/findings/$h"
    if [ -e "$dest" ]; then
        echo seen
        return
    fi
    cp "$artifact" "$dest"
    {
        echo "# $h: $kind, found $(date -u +%Y-%m-%dT%H:%M:%SZ) by scripts/fuzz.sh"
        echo "# reproduce: $BUILD/tests/fuzz/kg_fuzz_$h tests/fuzz/findings/$h/$kind-$sig"
        grep -vE '^(#[0-9]+\s+(NEW|REDUCE|pulse|INITED|RELOAD)|INFO: |MS: [0-9]|Loaded [0-9]+ modules)' "$log" \
            | grep -vE '^#[0-9]+\s+' | tail -n 120
    } >"$dest.log"
    echo new
}

promote() {
    local h="$1" bin="$BUILD/tests/fuzz/kg_fuzz_$1" f moved=0 still=0
    [ -d "$FUZZ/findings/$h" ] || return 0
    for f in "$FUZZ/findings/$h"/*; do
        [ -f "$f" ] || continue
        case "$f" in *.log) continue ;; esac
        # shellcheck disable=SC2046
        if UBSAN_OPTIONS="$STRICT_UBSAN_OPTIONS" KG_FUZZ_IGNORE="$STRICT_IGNORE" "$bin" \
            -timeout="$(timeout_of "$h")" -rss_limit_mb=2048 $(extra_of "$h") "$f" \
            >"$BUILD/promote.log" 2>&1; then
            mkdir -p "$FUZZ/crashes/$h"
            mv "$f" "$FUZZ/crashes/$h/"
            rm -f "$f.log"
            moved=$((moved + 1))
        else
            still=$((still + 1))
        fi
    done
    say "$h: $moved reproducer(s) now pass and moved to crashes/$h, $still still fail"
}

if [ "$MODE" = promote ]; then
    for h in "${SELECTED[@]}"; do promote "$h"; done
    exit 0
fi

SUMMARY=()
for h in "${SELECTED[@]}"; do
    bin="$BUILD/tests/fuzz/kg_fuzz_$h"
    work="$BUILD/fuzz-work/$h"
    mkdir -p "$work/corpus" "$work/artifacts" "$FUZZ/corpus/$h"
    rm -f "$work"/run-*.log "$work/artifacts"/*
    dict=()
    [ -f "$(dict_of "$h")" ] && dict=("-dict=$(dict_of "$h")")
    say "$h: fuzzing for ${SECONDS_PER_HARNESS}s (max_len $(max_len_of "$h"), timeout $(timeout_of "$h")s)"
    start=$SECONDS
    deadline=$((SECONDS + SECONDS_PER_HARNESS))
    execs=0 runs=0 new=0 seen=0
    while [ $((deadline - SECONDS)) -ge 5 ]; do
        runs=$((runs + 1))
        run_log="$work/run-$runs.log"
        set +e
        # shellcheck disable=SC2086,SC2046
        "$bin" -max_total_time=$((deadline - SECONDS)) -max_len="$(max_len_of "$h")" \
            -timeout="$(timeout_of "$h")" -rss_limit_mb=2048 -print_final_stats=1 \
            -artifact_prefix="$work/artifacts/" "${dict[@]}" $(extra_of "$h") ${KG_FUZZ_ARGS:-} \
            "$work/corpus" "$FUZZ/corpus/$h" >"$run_log" 2>&1
        rc=$?
        set -e
        n="$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$run_log" | tail -n1 | awk '{print $2}')"
        [ -n "$n" ] || n="$(grep -oE '^#[0-9]+' "$run_log" | tail -n1 | tr -d '#')"
        execs=$((execs + ${n:-0}))
        [ $rc -eq 0 ] && break
        artifact="$(grep -oE 'Test unit written to .*' "$run_log" | tail -n1 | sed 's/Test unit written to //')"
        if [ -z "$artifact" ] || [ ! -f "$artifact" ]; then
            say "$h: the fuzzer stopped (exit $rc) without a reproducer; see $run_log"
            break
        fi
        if [ "$(keep_finding "$h" "$artifact" "$run_log")" = new ]; then
            new=$((new + 1))
            say "$h: finding $(basename "$artifact") kept in tests/fuzz/findings/$h/"
        else
            seen=$((seen + 1))
            say "$h: the same finding again ($(basename "$artifact")); see $run_log"
            # A reproducer that fails at once would be hit on every restart.
            if [ "$seen" -ge 3 ]; then
                say "$h: stopping early; fix it, or look past it with KG_FUZZ_KNOWN=1"
                break
            fi
        fi
    done
    elapsed=$((SECONDS - start))
    # Merge what adds coverage (and passes without the known-findings suppressions) into the
    # committed corpus, then keep it small: drop new entries over ENTRY_BYTES, and the largest
    # new ones while the folder is over CORPUS_KB.
    find "$FUZZ/corpus/$h" -type f | sort >"$work/before.txt"
    # shellcheck disable=SC2046
    UBSAN_OPTIONS="$STRICT_UBSAN_OPTIONS" KG_FUZZ_IGNORE="$STRICT_IGNORE" \
        "$bin" -merge=1 -max_len="$(max_len_of "$h")" -timeout="$(timeout_of "$h")" \
        -rss_limit_mb=2048 -artifact_prefix="$work/merge-" $(extra_of "$h") \
        "$FUZZ/corpus/$h" "$work/corpus" >"$work/merge.log" 2>&1 \
        || say "$h: merging the corpus failed; see $work/merge.log"
    find "$FUZZ/corpus/$h" -type f | sort | comm -13 "$work/before.txt" - >"$work/added.txt"
    while read -r f; do
        [ "$(stat -c %s "$f")" -le "$ENTRY_BYTES" ] || rm -f "$f"
    done <"$work/added.txt"
    while [ "$(du -sk --apparent-size "$FUZZ/corpus/$h" | cut -f1)" -gt "$CORPUS_KB" ]; do
        largest="$(while read -r f; do
            if [ -f "$f" ]; then echo "$(stat -c %s "$f") $f"; fi
        done <"$work/added.txt" | sort -n | tail -n1 | cut -d' ' -f2-)"
        [ -n "$largest" ] || break
        rm -f "$largest"
    done
    added=0
    while read -r f; do
        if [ -f "$f" ]; then added=$((added + 1)); fi
    done <"$work/added.txt"
    SUMMARY+=("$(printf '%-20s %12d %8ds %6d %9d %5d' "$h" "$execs" "$elapsed" "$runs" "$added" "$new")")
done

say "summary (one harness at a time, ${SECONDS_PER_HARNESS}s each)"
printf '%-20s %12s %9s %6s %9s %5s\n' harness executions time runs +corpus new
printf '%s\n' "${SUMMARY[@]}"
size="$(du -sk --apparent-size "$FUZZ/corpus" | cut -f1)"
say "committed corpus: ${size} KiB in $(find "$FUZZ/corpus" -type f | wc -l) files"
[ "$size" -lt 2048 ] || say "WARNING: the corpus is over 2 MiB; prune large entries before committing"
if compgen -G "$FUZZ/findings/*/*" >/dev/null; then
    say "unfixed findings (not replayed; move them with --promote once fixed):"
    find "$FUZZ/findings" -type f ! -name '*.log' | sed "s#^$ROOT/#  #" | sort
fi
