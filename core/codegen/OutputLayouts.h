#pragma once

#include "codegen/EngineModel.h"

namespace kg::engine {

/// The output layouts of the local engine: `files` (one file per object, a folder per
/// namespace when there are several), `single` (one multi-document manifests.yaml),
/// `kustomize` (the files plus kustomization.yaml) and `helm` (a chart whose templates read
/// images, replicas, resources and hosts from values.yaml). Every layout also gets REPORT.md and
/// report.json.
namespace OutputLayouts {

/// Renders ctx.manifests (already in output order) in ctx.options.layout, records each object's
/// file in ctx.report.objects and appends the report artifacts.
ArtifactList render(EngineContext &ctx);
/// The file of one object in the `files` layout: "<namespace>/<name>-<kind>.yaml" when there are
/// several namespaces, else "<name>-<kind>.yaml".
QString fileName(const Manifest &m, bool folderPerNamespace);

} // namespace OutputLayouts
} // namespace kg::engine
