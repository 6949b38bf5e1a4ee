#!/usr/bin/env bash
# Builds the DEB and TGZ packages from a configured, built tree and checks what they contain:
# the binary (which must run), desktop file, AppStream metadata, icons and MIME type.
# Usage: scripts/check-package.sh <build-dir>
set -euo pipefail
BUILD="${1:?usage: check-package.sh <build-dir>}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

(cd "$BUILD" && cpack -G "DEB;TGZ" -B "$OUT" >"$OUT/cpack.log" 2>&1) || {
    echo "cpack failed:"; tail -n 30 "$OUT/cpack.log"; exit 1; }

DEB="$(ls "$OUT"/*.deb | head -n1)"
TGZ="$(ls "$OUT"/*.tar.gz | head -n1)"
[ -f "$DEB" ] || { echo "no .deb produced"; exit 1; }
[ -f "$TGZ" ] || { echo "no .tar.gz produced"; exit 1; }

fail=0
expect() {
    local listing="$1" path="$2"
    if ! grep -qE "$path" <<<"$listing"; then
        echo "MISSING in package: $path"
        fail=1
    fi
}
DEB_LIST="$(dpkg-deb -c "$DEB")"
for p in 'usr/bin/kubegram-desktop$' \
    'usr/share/applications/dev\.kubegram\.Desktop\.desktop$' \
    'usr/share/metainfo/dev\.kubegram\.Desktop\.metainfo\.xml$' \
    'usr/share/icons/hicolor/scalable/apps/dev\.kubegram\.Desktop\.svg$' \
    'usr/share/icons/hicolor/48x48/apps/dev\.kubegram\.Desktop\.png$' \
    'usr/share/icons/hicolor/256x256/apps/dev\.kubegram\.Desktop\.png$' \
    'usr/share/mime/packages/dev\.kubegram\.Desktop\.xml$'; do
    expect "$DEB_LIST" "$p"
done
TGZ_LIST="$(tar -tzf "$TGZ")"
expect "$TGZ_LIST" 'bin/kubegram-desktop$'
expect "$TGZ_LIST" 'share/applications/dev\.kubegram\.Desktop\.desktop$'

DEPENDS="$(dpkg-deb -f "$DEB" Depends)"
for dep in libqt6core6 libqt6widgets6 libqt6sql6-sqlite libyaml-cpp libqt6keychain libquazip1-qt6; do
    grep -q "$dep" <<<"$DEPENDS" || { echo "Depends lacks $dep: $DEPENDS"; fail=1; }
done
# KSyntaxHighlighting is linked statically: the package must not depend on the Qt 5 build.
if grep -q 'libkf5syntaxhighlighting' <<<"$DEPENDS"; then
    echo "package depends on the Qt 5 KSyntaxHighlighting: $DEPENDS"; fail=1
fi

mkdir -p "$OUT/root"
dpkg-deb -x "$DEB" "$OUT/root"
VERSION_OUT="$(env -u DISPLAY -u WAYLAND_DISPLAY "$OUT/root/usr/bin/kubegram-desktop" --version)"
grep -q '^kubegram-desktop ' <<<"$VERSION_OUT" || { echo "packaged binary: $VERSION_OUT"; fail=1; }

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$OUT/root/usr/share/applications/dev.kubegram.Desktop.desktop" || fail=1
fi
if [ "$fail" -ne 0 ]; then
    echo "package check FAILED ($DEB)"
    exit 1
fi
echo "package check passed: $(basename "$DEB"), $(basename "$TGZ")"
