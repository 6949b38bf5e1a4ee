#pragma once

#include "validate/ValidationIssue.h"

namespace kg {

/// Checks Kubernetes manifests (generated or hand-written): YAML syntax, each document an
/// object with apiVersion, kind and a DNS-1123 metadata.name, and the current stable
/// apiVersion for the kinds the engine generates. Findings carry file:line:column.
class ManifestValidator
{
    Q_DECLARE_TR_FUNCTIONS(kg::ManifestValidator)

public:
    /// Findings for one YAML stream; @p fileName is used in locations.
    static QList<ValidationIssue> validateData(const QByteArray &data, const QString &fileName);
    /// Findings for a file, or for every *.yaml / *.yml file below a folder. Helm templates
    /// (files with "{{") are skipped with a warning: they are not YAML until rendered.
    static QList<ValidationIssue> validatePath(const QString &path);

    /// The current stable apiVersion of @p kind ("Deployment" → "apps/v1"), or empty when the
    /// kind is not a built-in one the validator knows.
    static QString stableApiVersion(const QString &kind);
};

} // namespace kg
