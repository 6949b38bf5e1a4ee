#pragma once

#include "codegen/Artifact.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace kg {

/// How one file differs between two generations.
struct FileChange
{
    enum class Kind { Added, Removed, Changed, Unchanged };

    Kind kind = Kind::Unchanged;
    QString path;
    int oldIndex = -1;    ///< index in the older list; -1 when added
    int newIndex = -1;    ///< index in the newer list; -1 when removed
    int addedLines = 0;   ///< lines added (all lines of an added file)
    int removedLines = 0; ///< lines removed (all lines of a removed file)
};

/// Compares two artifact lists (two jobs, or a job and an export folder read from disk) by path
/// and content hash: which files were added, removed or changed, with line counts, so the
/// reviewer sees at a glance what a new generation changed.
class JobDiff
{
public:
    /// Compares @p older with @p newer. Directory artifacts are ignored; files are matched by
    /// their exact path. The result lists changed, added and removed files first (in path
    /// order), then the unchanged ones.
    static JobDiff compare(const ArtifactList &older, const ArtifactList &newer);

    /// Reads the regular files under @p root (an export folder) as artifacts, so a job can be
    /// compared with what is on disk. Symbolic links are skipped, never followed. Fails with a
    /// located error when the folder cannot be read or holds more than @p maxFiles files or
    /// @p maxTotalBytes bytes (defaults: the artifact limits of a job).
    static Result<ArtifactList> readFolder(const QString &root, int maxFiles = 1000,
                                           qint64 maxTotalBytes = qint64(64) * 1024 * 1024);

    const QList<FileChange> &files() const { return m_files; }
    int count(FileChange::Kind kind) const;
    /// True when no file was added, removed or changed.
    bool isIdentical() const;

private:
    QList<FileChange> m_files;
};

} // namespace kg
