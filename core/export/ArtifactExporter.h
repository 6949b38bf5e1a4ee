#pragma once

#include "codegen/Artifact.h"
#include "util/Result.h"

#include <QSet>
#include <QStringList>

namespace kg {

/// Writes artifacts to disk safely. Every path is untrusted input (a server may send
/// `../../etc/passwd`): it is checked before anything is written, nothing lands outside the
/// chosen folder, no symlink is followed out of it, and a failure (a full disk, say) leaves the
/// target as it was: everything is written into a temporary folder beside the target first and
/// moved into place only when complete.
///
/// Every folder export leaves a record of what it wrote (ExportManifest, ".kubegram-export.json").
/// Nothing else in the folder is ever deleted: ReplacePrevious removes only files an earlier
/// export of the same graph wrote, that are no longer generated and are unchanged since.
class ArtifactExporter
{
public:
    /// What to do with files that already exist in the target folder.
    enum class OverwritePolicy {
        RefuseNonEmpty, ///< fail when the target folder exists and is not empty
        Overwrite,      ///< replace existing files (other files in the folder are kept)
        KeepBoth,       ///< write new files beside existing ones as name-2.ext, name-3.ext, …
        /// Update an earlier export of the same graph: files it wrote are overwritten, files it
        /// wrote that are no longer generated are removed (unless changed since, hidden or a
        /// link); a file it did not write that is in the way stops the export. Other files in
        /// the folder are kept.
        ReplacePrevious,
    };

    struct Options
    {
        OverwritePolicy policy = OverwritePolicy::RefuseNonEmpty;
        bool includeMetadata = false; ///< also write Metadata artifacts
        /// The graph the artifacts came from (its name), kept in the export record: only an
        /// earlier export of the same source is pruned by ReplacePrevious.
        QString source;
    };

    /// What an export did.
    struct Report
    {
        QStringList written;  ///< relative paths written
        QStringList renamed;  ///< "old → new" for de-duplicated or kept-both paths
        QStringList rejected; ///< "path: reason" for artifacts that were not written
        QStringList removed;  ///< stale files of an earlier export that were removed
        QStringList kept;     ///< "path: reason" for stale files that were kept
    };

    /// The files a folder export writes, after sanitising; for the record and the preview.
    static QSet<QString> exportedPaths(const ArtifactList &sanitized, const Options &options);

    /// Writes the exportable artifacts under @p root (created if missing). All or nothing.
    static Result<Report> write(const ArtifactList &artifacts, const QString &root,
                                const Options &options);
};

} // namespace kg
