#pragma once

#include "codegen/Artifact.h"
#include "util/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <functional>

class QObject;

namespace kg::remote {

class ApiClient;

/// Caps on what one job may deliver (kubegram-api.md §6.4).
struct ArtifactLimits
{
    int maxArtifacts = 1000;
    qint64 maxArtifactBytes = 10 * 1024 * 1024;
    qint64 maxJobBytes = 64 * 1024 * 1024;
};

/// A `file` record with a storageUrl and no content (§6.3): its content is still to be fetched.
struct StoredArtifact
{
    int index = -1;   ///< position in the artifact list
    QString url;      ///< the storageUrl as the server sent it (may be relative)
    QString checksum; ///< the record's checksum, if any
    qint64 size = -1; ///< the record's size, -1 when absent
};

/// What the conversion noticed: renamed duplicates, unsafe paths, checksum mismatches.
struct ArtifactNotes
{
    QStringList renamed;
    QStringList unsafe;
    QStringList checksumMismatches;
    QStringList tooLarge;
    /// Stored artifacts not fetched yet: shown with empty content and flagged until
    /// fetchStoredArtifacts() has downloaded them.
    QList<StoredArtifact> stored;
    QStringList notDownloaded;  ///< "path: reason" — stored on another server
    QStringList downloadFailed; ///< "path: reason" — the download failed
    qint64 totalBytes = 0;      ///< bytes of content held by the list
};

/// Turns a finished job's result into artifacts (§6): a /status or /results answer (with
/// generatedCode or artifacts), a WebSocket complete payload, a GeneratedCodeGraph or a list of
/// artifact records. Every path is untrusted: unsafe ones are marked (shown, never exported),
/// case/normalisation collisions get -2, -3 …, checksums are verified. A result without a nodes
/// array becomes one metadata artifact holding the raw JSON. More than the limits is an error,
/// found before the work: the artifact count from the answer's shape before any is built, the
/// job's bytes while they are built (nothing is built past the limit; @p notes stay empty).
Result<ArtifactList> artifactsFromJobResult(const QJsonValue &payload,
                                            const ArtifactLimits &limits = {},
                                            ArtifactNotes *notes = nullptr);

/// Downloads the stored artifacts listed in @p notes (from artifactsFromJobResult) through
/// @p client, a few at a time: credentials, team header, timeouts, retries and the same-origin
/// rule of the client apply, redirects are not followed. A relative storageUrl resolves against
/// the server's origin; one on another origin is not fetched and stays flagged. The per-artifact
/// and per-job limits are enforced while downloading, checksums are verified, and a failed
/// download flags its artifact only. @p done runs once (synchronously when there is nothing to
/// download), unless @p context was destroyed meanwhile.
void fetchStoredArtifacts(ApiClient &client, const ArtifactList &artifacts,
                          const ArtifactNotes &notes, const ArtifactLimits &limits,
                          QObject *context,
                          std::function<void(const ArtifactList &, const ArtifactNotes &)> done);

/// §6.1/§6.2: one artifact per nodes[] entry plus one metadata artifact.
ArtifactList artifactsFromGeneratedCode(const QJsonObject &generatedCode);
/// §6.3: file, directory and metadata records; checksum mismatches are flagged; `file` records
/// with a storageUrl and no content are listed in @p stored, unless their `size` is not a whole
/// number of bytes a JSON number holds exactly (negative, fractional, 1e300): such a record is
/// flagged instead.
ArtifactList artifactsFromRecords(const QJsonArray &records,
                                  QStringList *checksumMismatches = nullptr,
                                  QList<StoredArtifact> *stored = nullptr);
/// True unless @p checksum is `sha256:<hex>` or 64 hex digits and differs from @p content's.
bool checksumMatches(const QByteArray &content, const QString &checksum);
/// The language of a file by its name: yaml, json, bash, markdown, dockerfile, or empty.
QString languageForPath(const QString &path);

} // namespace kg::remote
