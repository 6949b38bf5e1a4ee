#!/usr/bin/env bash
# Runs a command with a home, XDG folders and job cache of its own, removed afterwards, so tests
# that run the real executable never share state with each other or with the user.
# Usage: isolated.sh COMMAND [ARGS...]
set -u
dir="$(mktemp -d "${TMPDIR:-/tmp}/kg-test.XXXXXXXX")" || exit 1
trap 'rm -rf "$dir"' EXIT
export HOME="$dir/home" XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" \
    XDG_CACHE_HOME="$dir/cache" XDG_STATE_HOME="$dir/state" XDG_RUNTIME_DIR="$dir/runtime"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" \
    "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export KUBEGRAM_DESKTOP_DB="${KUBEGRAM_DESKTOP_DB:-$XDG_DATA_HOME/kubegram-desktop/cache.sqlite}"
"$@"
