#!/usr/bin/env bash
# End to end: `generate --server` against the fake Kubegram server behaving like the current
# open-source server (session cookie, team header, no WebSocket, transient errors at completion).
# Usage: remote-generate.sh APP FAKE_SERVER SAMPLE WORK_DIR [extra fake-server switches...]
set -euo pipefail
APP="$1" FAKE="$2" SAMPLE="$3" WORK="$4"
shift 4
rm -rf "$WORK"
mkdir -p "$WORK"
"$FAKE" --port 0 --mode current --step-ms 40 --completion-race 2 --print-session "$@" \
    >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    grep -q 'session id' "$WORK/server.log" 2>/dev/null && break
    sleep 0.05
done
ORIGIN="$(grep -oE 'https?://127\.0\.0\.1:[0-9]*' "$WORK/server.log" | head -n1)"
SESSION="$(sed -n 's/^session id for user 42: //p' "$WORK/server.log")"
[ -n "$ORIGIN" ] && [ -n "$SESSION" ] || { echo "fake server did not start:"; cat "$WORK/server.log"; exit 1; }

export KUBEGRAM_SESSION="$SESSION"
export KUBEGRAM_DESKTOP_DB="$WORK/cache.sqlite"
GENERATE=("$APP" generate "$SAMPLE" -o "$WORK/out" --server "$ORIGIN")
FINGERPRINT="$(sed -n 's/^certificate SHA-256: //p' "$WORK/server.log")"
if [ -n "$FINGERPRINT" ]; then
    # A self-signed server: refused with its fingerprint until that certificate is trusted.
    if "${GENERATE[@]}" >"$WORK/stdout" 2>"$WORK/stderr"; then
        echo "an untrusted certificate was accepted"; exit 1
    fi
    SPACED="$(echo "$FINGERPRINT" | sed 's/../&:/g; s/:$//' | tr a-f A-F)"
    grep -q "$SPACED" "$WORK/stderr" || { echo "the refusal does not show the fingerprint:"; cat "$WORK/stderr"; exit 1; }
    [ ! -e "$WORK/out" ] || { echo "files were written for a refused server"; exit 1; }
    if "${GENERATE[@]}" --trust-certificate 0000000000000000000000000000000000000000000000000000000000000000 \
        >"$WORK/stdout" 2>"$WORK/stderr"; then
        echo "another certificate's fingerprint was accepted"; exit 1
    fi
    GENERATE+=(--trust-certificate "$SPACED")
fi
if ! "${GENERATE[@]}" >"$WORK/stdout" 2>"$WORK/stderr"; then
    echo "generate --server failed:"; cat "$WORK/stderr"; exit 1
fi
cat "$WORK/stdout"
ls "$WORK/out"/*.yaml >/dev/null || { echo "no manifests written"; exit 1; }
grep -q 'kind: Deployment' "$WORK"/out/*.yaml || { echo "no Deployment among the results"; exit 1; }
# The session never appears on the command line or in the cache file as plain text.
if grep -a -q "$SESSION" "$WORK/cache.sqlite"* 2>/dev/null; then
    echo "the session id was written to the cache"; exit 1
fi
# Nothing escaped the output folder.
[ "$(find "$WORK" -name '*.yaml' ! -path "$WORK/out/*" | wc -l)" -eq 0 ] || { echo "files outside the output folder"; exit 1; }
"$APP" jobs list | grep -E 'remote\s+completed' || { echo "the remote job was not recorded"; "$APP" jobs list; exit 1; }
# The job keeps the server's job id (the desktop can resume it if this process dies) and is
# filed under the server project it generated into.
JOB="$("$APP" jobs list | awk '$0 ~ /remote/ {print $1; exit}')"
"$APP" jobs show "$JOB" >"$WORK/show"
grep -qE '^Server job: +[0-9a-f-]{36}$' "$WORK/show" || { echo "no server job id recorded"; cat "$WORK/show"; exit 1; }
if grep -qE '^Project: +-$' "$WORK/show"; then echo "the job was not filed under a project"; cat "$WORK/show"; exit 1; fi
# Generating into an existing server project (the seeded "Alpha", id 1) changes none of its
# fields but what every generation writes (kubegram-api.md §4.2: graphMeta's graphData and
# lastUpdated, hence updatedAt): the graph's own name and description must not overwrite the
# project's (issue 14, item 2). The fake server logs each project write as a "project write:" line.
EXISTING=()
for ARG in "${GENERATE[@]}"; do
    [ "$ARG" = "$WORK/out" ] && ARG="$WORK/out-existing"
    EXISTING+=("$ARG")
done
EXISTING+=(--project 1)
if ! "${EXISTING[@]}" >"$WORK/stdout-existing" 2>"$WORK/stderr-existing"; then
    echo "generate --server --project 1 failed:"; cat "$WORK/stderr-existing"; exit 1
fi
grep -qE '^project write: POST [^ ]*/graph/codegen: project 1 graphMeta\.graphData ' "$WORK/server.log" \
    || { echo "the generation did not go into project 1:"; grep '^project write' "$WORK/server.log"; exit 1; }
UNEXPECTED="$(grep '^project write: .*: project 1 ' "$WORK/server.log" \
    | grep -vE ': project 1 (updatedAt|graphMeta\.graphData|graphMeta\.lastUpdated) ' || true)"
[ -z "$UNEXPECTED" ] || { echo "generating into project 1 changed fields the user did not change:"; echo "$UNEXPECTED"; exit 1; }
echo "remote generation passed"
