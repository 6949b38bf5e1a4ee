#pragma once

#include "export/ArtifactExporter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kg {

/// One line of an export preview: what would happen to one artifact.
struct ExportPlanEntry
{
    enum class Action {
        Create,    ///< written as a new file
        Overwrite, ///< replaces an existing file
        Rename,    ///< written under another name (de-duplicated, or kept beside an existing file)
        Reject,    ///< not written: unsafe path (see reason)
        Skip,      ///< not written: metadata, which is only exported on request
        Remove,    ///< a file an earlier export wrote that is no longer generated: deleted
        KeepStale, ///< no longer generated, but kept (changed since, hidden, a link; see reason)
    };

    QString sourcePath; ///< the artifact's own path; empty for Remove and KeepStale
    QString targetPath; ///< relative path it would be written to (or removed); empty when not written
    Action action = Action::Create;
    QString reason; ///< why it is renamed, rejected or skipped

    bool operator==(const ExportPlanEntry &o) const
    {
        return sourcePath == o.sourcePath && targetPath == o.targetPath && action == o.action
               && reason == o.reason;
    }
};

/// What an export would do, computed without writing anything, so the user can review it
/// (and change the folder or the overwrite policy) before the files are written.
struct ExportPlan
{
    QList<ExportPlanEntry> entries;
    /// Set when the export as configured would fail as a whole (the folder is not empty and the
    /// policy refuses that, a symbolic link is in the way, the target is a file, …).
    QString blockingProblem;
    bool targetExists = false;
    int existingEntries = 0;      ///< files and folders already in the target folder
    bool hasExportRecord = false; ///< the folder holds an earlier export's record
    QString recordSource;         ///< the graph that earlier export came from
    /// Files in the way that no earlier export of this graph wrote (ReplacePrevious refuses them).
    QStringList foreignFiles;

    int count(ExportPlanEntry::Action action) const;
    bool canExport() const { return blockingProblem.isEmpty(); }
};

/// Computes export previews for a folder (ArtifactExporter::write) or a zip archive
/// (ZipArchiveWriter::write) with the same sanitising, de-duplication and policies.
class ExportPreview
{
    Q_DECLARE_TR_FUNCTIONS(kg::ExportPreview)

public:
    /// What ArtifactExporter::write(@p artifacts, @p root, @p options) would do.
    static ExportPlan forFolder(const ArtifactList &artifacts, const QString &root,
                                const ArtifactExporter::Options &options);
    /// What ZipArchiveWriter::write(@p artifacts, @p archivePath, @p options) would do. The
    /// policy applies to the archive file itself; KeepBoth names it archive-2.zip, ….
    static ExportPlan forArchive(const ArtifactList &artifacts, const QString &archivePath,
                                 const ArtifactExporter::Options &options);
};

} // namespace kg
