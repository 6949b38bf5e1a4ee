#pragma once

#include "codegen/Artifact.h"

#include <QStringList>

namespace kg {

/// The result of combining artifacts into one multi-document YAML file.
struct MultiDocumentBundle
{
    Artifact artifact;   ///< the combined file
    QStringList skipped; ///< "path: reason" for artifacts that were left out
};

/// Combines the YAML artifacts of a job into one multi-document file (documents separated by
/// "---", each introduced by a "# Source: <path>" comment), the "one file" layout for remote
/// artifacts that have no engine to re-render them. Non-YAML files, unsafe paths, directories and
/// metadata are left out and listed in MultiDocumentBundle::skipped.
MultiDocumentBundle combineYamlDocuments(
        const ArtifactList &artifacts, const QString &fileName = QStringLiteral("manifests.yaml"));

} // namespace kg
