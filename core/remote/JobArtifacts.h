#pragma once

#include "codegen/Artifact.h"
#include "util/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace kg::remote {

/// Caps on what one job may deliver (kubegram-api.md §6.4).
struct ArtifactLimits
{
    int maxArtifacts = 1000;
    qint64 maxArtifactBytes = 10 * 1024 * 1024;
    qint64 maxJobBytes = 64 * 1024 * 1024;
};

/// What the conversion noticed: renamed duplicates, unsafe paths, checksum mismatches.
struct ArtifactNotes
{
    QStringList renamed;
    QStringList unsafe;
    QStringList checksumMismatches;
    QStringList tooLarge;
};

/// Turns a finished job's result into artifacts (§6): a /status or /results answer (with
/// generatedCode or artifacts), a WebSocket complete payload, a GeneratedCodeGraph or a list of
/// artifact records. Every path is untrusted: unsafe ones are marked (shown, never exported),
/// case/normalisation collisions get -2, -3 …, checksums are verified. A result without a nodes
/// array becomes one metadata artifact holding the raw JSON. More than the limits is an error.
Result<ArtifactList> artifactsFromJobResult(const QJsonValue &payload,
                                            const ArtifactLimits &limits = {},
                                            ArtifactNotes *notes = nullptr);

/// §6.1/§6.2: one artifact per nodes[] entry plus one metadata artifact.
ArtifactList artifactsFromGeneratedCode(const QJsonObject &generatedCode);
/// §6.3: file, directory and metadata records; checksum mismatches are flagged.
ArtifactList artifactsFromRecords(const QJsonArray &records,
                                  QStringList *checksumMismatches = nullptr);
/// The language of a file by its name: yaml, json, bash, markdown, dockerfile, or empty.
QString languageForPath(const QString &path);

} // namespace kg::remote
