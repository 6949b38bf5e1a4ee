#pragma once

#include "codegen/Artifact.h"
#include "util/Result.h"

#include <QStringList>

namespace kg {

/// Writes artifacts to disk safely. Every path is untrusted input (a server may send
/// `../../etc/passwd`): it is checked before anything is written, nothing lands outside the
/// chosen folder, no symlink is followed out of it, and a failure (a full disk, say) leaves the
/// target as it was: everything is written into a temporary folder beside the target first and
/// moved into place only when complete.
class ArtifactExporter
{
public:
    /// What to do with files that already exist in the target folder.
    enum class OverwritePolicy {
        RefuseNonEmpty, ///< fail when the target folder exists and is not empty
        Overwrite,      ///< replace existing files (other files in the folder are kept)
        KeepBoth,       ///< write new files beside existing ones as name-2.ext, name-3.ext, …
        ReplaceFolder,  ///< the target folder is replaced as a whole
    };

    struct Options
    {
        OverwritePolicy policy = OverwritePolicy::RefuseNonEmpty;
        bool includeMetadata = false; ///< also write Metadata artifacts
    };

    /// What an export did.
    struct Report
    {
        QStringList written;  ///< relative paths written
        QStringList renamed;  ///< "old → new" for de-duplicated or kept-both paths
        QStringList rejected; ///< "path: reason" for artifacts that were not written
    };

    /// Why @p path is unsafe as a relative export path (contract §6.4), or an empty string when it
    /// is safe. Splits on both '/' and '\\' and never URL-decodes.
    static QString unsafePathReason(const QString &path);

    /// Marks unsafe artifacts (sets unsafeReason) and renames case-/normalisation-insensitive
    /// duplicates to name-2.ext, name-3.ext, … in list order. Returns the renames made.
    static QStringList sanitize(ArtifactList &artifacts);

    /// "dir/name.ext" → "dir/name-N.ext": the name a de-duplicated or kept-both file gets (the
    /// extension is everything after the first dot of the file name: "a.tar.gz" → "a-2.tar.gz").
    static QString numberedPath(const QString &path, int n);

    /// Writes the exportable artifacts under @p root (created if missing). All or nothing.
    static Result<Report> write(const ArtifactList &artifacts, const QString &root,
                                const Options &options);
};

} // namespace kg
