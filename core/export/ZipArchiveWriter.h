#pragma once

#include "export/ArtifactExporter.h"

namespace kg {

/// Writes artifacts into a zip archive instead of a folder. Paths are sanitised exactly as for a
/// folder export (an unsafe name never becomes an archive entry), and the archive is atomic: it
/// is written to a temporary file beside the target, verified, and only then renamed into
/// place, so a failure (a full disk, say) leaves no half-written .zip behind.
class ZipArchiveWriter
{
public:
    /// What a zip export did.
    struct Outcome
    {
        QString archivePath; ///< the archive actually written (differs with KeepBoth)
        ArtifactExporter::Report report;
    };

    /// Writes the exportable artifacts of @p artifacts into the archive @p archivePath.
    /// The policy applies to the archive file: RefuseNonEmpty fails when it exists, Overwrite and
    /// ReplacePrevious replace it atomically, KeepBoth writes archive-2.zip, ….
    static Result<Outcome> write(const ArtifactList &artifacts, const QString &archivePath,
                                 const ArtifactExporter::Options &options);
};

} // namespace kg
