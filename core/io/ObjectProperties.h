#pragma once

#include "io/YamlTree.h"
#include "model/NodeKindCatalog.h"

#include <QStringList>
#include <QVariantMap>

namespace kg::io {

/// The link between a Kubernetes object and the catalog properties a graph node shows for it,
/// both ways: read() takes the properties out of an object (what an import puts on the node),
/// apply() writes back only the properties the user changed since, leaving every other field of
/// the object as it was. One table drives both directions, so a property that is read can be
/// written and an untouched node gives back its object unchanged.
namespace ObjectProperties {

/// The catalog properties of @p object (apiVersion, kind, metadata, …) for a node of catalog
/// kind @p kind; properties the object does not set are left out. Labels under
/// app.kubernetes.io/ and helm.sh/ are not shown (they stay in the object).
QVariantMap read(const YamlValue &object, const NodeKindInfo *kind);

/// Writes into @p object every property of @p kind whose value in @p after differs from
/// @p before (both compared in the catalog's canonical form, so a value that only changed type
/// in a file round trip is not a change). A property set to an empty value is removed from the
/// object. Returns the keys that changed but have no place in this object (for instance
/// ingress paths when the rules do not line up), for the caller to report.
QStringList apply(YamlValue &object, const NodeKindInfo *kind, const QVariantMap &before,
                  const QVariantMap &after);

/// The properties of the first object of @p manifest (YAML text), as read() gives them; empty
/// when it holds no object.
QVariantMap readManifest(const QString &manifest, const NodeKindInfo *kind);

/// The node properties after its object YAML changed from @p oldManifest to @p newManifest:
/// a property the user left as it was imported follows the new YAML, one the user changed in
/// the form keeps the user's value (a three-way merge). Only @p kind's properties are returned
/// (the caller compares them with @p current and writes the differences).
QVariantMap rebase(const QString &oldManifest, const QString &newManifest, const NodeKindInfo *kind,
                   const QVariantMap &current);

/// True for the Kubernetes kinds that run pods from a template (or are a Pod).
bool isWorkloadKind(const QString &kubernetesKind);
/// True for the built-in (and common extension) kinds that have no namespace.
bool isClusterScopedKind(const QString &kubernetesKind);

/// The pod template of a workload object (a Pod's own metadata and spec), or nullptr.
const YamlValue *podTemplate(const YamlValue &object);
YamlValue *podTemplate(YamlValue &object);

} // namespace ObjectProperties
} // namespace kg::io
