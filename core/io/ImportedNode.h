#pragma once

#include "model/GraphElements.h"

#include <QString>

namespace kg::io {

/// A node that came from existing manifests carries its objects as its base: generating it
/// gives back those objects with only the changes the user made in the graph, never the
/// engine's own defaults. These are the property keys that mark and hold the base.
namespace ImportedNode {

/// The node's objects as YAML (one or more documents), exactly as imported.
inline const QString ManifestKey = QStringLiteral("manifest");
/// Where the node came from ("path/to/file.yaml:12"); set on every imported node, also on a
/// namespace frame made up for objects whose Namespace object was not among the manifests
/// (such a frame has no manifest and generates nothing).
inline const QString SourceKey = QStringLiteral("importedFrom");

/// True when the user asked for the engine's container hardening on an imported workload (the
/// fix its "may run as root" finding offers): runAsNonRoot, no privilege escalation and all
/// capabilities dropped, where a container does not set them itself.
inline const QString HardeningKey = QStringLiteral("applyHardening");

inline bool isImported(const Node &node)
{
    return node.properties.contains(SourceKey) || node.properties.contains(ManifestKey);
}

inline QString manifest(const Node &node)
{
    return node.properties.value(ManifestKey).toString();
}

} // namespace ImportedNode
} // namespace kg::io
