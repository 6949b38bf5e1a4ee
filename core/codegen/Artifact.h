#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace kg {

/// One generated file (or directory, or metadata record): what the local engine and a
/// Kubegram server produce, the cache stores, the viewer shows and the exporter writes.
struct Artifact
{
    enum class Type { File, Directory, Metadata };

    QString path; ///< relative, '/'-separated; untrusted when it came from a server
    Type type = Type::File;
    QString language;     ///< "yaml", "json", "markdown", "dockerfile", "bash", "hcl", …
    QByteArray content;   ///< UTF-8 text for files
    QString sourceNodeId; ///< graph node it was generated from; empty when unknown
    QString unsafeReason; ///< set when the path failed the safety check: shown, never exported

    bool isExportable() const { return unsafeReason.isEmpty() && type != Type::Metadata; }
    bool operator==(const Artifact &o) const
    {
        return path == o.path && type == o.type && language == o.language && content == o.content
               && sourceNodeId == o.sourceNodeId && unsafeReason == o.unsafeReason;
    }
};

using ArtifactList = QList<Artifact>;

} // namespace kg
