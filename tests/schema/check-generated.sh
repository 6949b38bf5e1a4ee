#!/usr/bin/env bash
# Generates every golden case in every layout with the real executable and validates the result
# against the Kubernetes OpenAPI schema (validate.js). Helm templates are not plain YAML: for helm,
# Chart.yaml and values.yaml must parse and the templates must exist.
# Usage: check-generated.sh EXECUTABLE SOURCE_DIR WORK_DIR
set -euo pipefail
EXE="$1"
SRC="$2"
WORK="$3"
HERE="$SRC/tests/schema"
if [ ! -d "$HERE/node_modules/kubernetes-models" ]; then
    echo "tests/schema/node_modules is missing: run scripts/setup.sh (npm ci in tests/schema)" >&2
    exit 1
fi
rm -rf "$WORK"
mkdir -p "$WORK"
manifests=()
cases=0
for graph in "$SRC"/tests/data/graphs/*.kgraph; do
    name="$(basename "$graph" .kgraph)"
    extra=()
    case "$name" in *network-policies*) extra=(--network-policies) ;; esac
    cases=$((cases + 1))
    for layout in files single kustomize helm; do
        out="$WORK/$name/$layout"
        if ! "$EXE" generate "$graph" -o "$out" --no-cache --no-validate --layout "$layout" "${extra[@]}" >/dev/null 2>"$WORK/stderr"; then
            echo "generation failed: $name ($layout)" >&2
            cat "$WORK/stderr" >&2
            exit 1
        fi
        if [ "$layout" = helm ]; then
            [ -f "$out/Chart.yaml" ] && [ -f "$out/values.yaml" ] && [ -f "$out/templates/_helpers.tpl" ] \
                || { echo "$name (helm): Chart.yaml, values.yaml or templates/_helpers.tpl missing" >&2; exit 1; }
            if [ "$name" != empty ] && [ -z "$(find "$out/templates" -name '*.yaml' -print -quit)" ]; then
                echo "$name (helm): no templates" >&2
                exit 1
            fi
            (cd "$HERE" && node -e '
                const fs = require("fs"); const YAML = require("yaml");
                for (const f of process.argv.slice(1)) {
                    const doc = YAML.parseDocument(fs.readFileSync(f, "utf8"));
                    if (doc.errors.length) { console.error(f + ": " + doc.errors[0].message); process.exit(1); }
                    const v = doc.toJS();
                    if (!v || typeof v !== "object") { console.error(f + ": not a mapping"); process.exit(1); }
                }' "$out/Chart.yaml" "$out/values.yaml")
            continue
        fi
        if [ "$layout" = kustomize ]; then
            (cd "$HERE" && node -e '
                const fs = require("fs"); const YAML = require("yaml");
                const k = YAML.parse(fs.readFileSync(process.argv[1], "utf8"));
                for (const r of k.resources || []) {
                    if (!fs.existsSync(require("path").join(require("path").dirname(process.argv[1]), r))) {
                        console.error(process.argv[1] + ": resource " + r + " does not exist"); process.exit(1);
                    }
                }' "$out/kustomization.yaml")
        fi
        while IFS= read -r -d '' f; do
            manifests+=("$f")
        done < <(find "$out" -name '*.yaml' ! -name kustomization.yaml -print0 | sort -z)
    done
done
echo "validating ${#manifests[@]} files from $cases cases"
node "$HERE/validate.js" "${manifests[@]}"
