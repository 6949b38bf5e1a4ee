#include "export/ExportPreview.h"

#include "export/ArtifactExporter.h"
#include "export/ExportManifest.h"
#include "export/PathSafety.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace kg {

namespace {

/// The entries common to both targets: sanitising, de-duplication, rejection and metadata.
/// Returns the sanitised list; @p entries gets one entry per input artifact.
ArtifactList planArtifacts(const ArtifactList &input, const ArtifactExporter::Options &options,
                           QList<ExportPlanEntry> &entries)
{
    ArtifactList artifacts = input;
    pathsafety::sanitize(artifacts);
    for (int i = 0; i < artifacts.size(); ++i) {
        const Artifact &a = artifacts[i];
        ExportPlanEntry e;
        e.sourcePath = input[i].path;
        if (!a.unsafeReason.isEmpty()) {
            e.action = ExportPlanEntry::Action::Reject;
            e.reason = a.unsafeReason;
        } else if (a.type == Artifact::Type::Metadata && !options.includeMetadata) {
            e.action = ExportPlanEntry::Action::Skip;
            e.reason = ExportPreview::tr("metadata is exported only on request");
        } else {
            e.targetPath = a.path;
            const QString original = QString(input[i].path)
                                             .replace(QLatin1Char('\\'), QLatin1Char('/'));
            if (a.path != original) {
                e.action = ExportPlanEntry::Action::Rename;
                e.reason = ExportPreview::tr("another artifact has the same name");
            }
        }
        entries << e;
    }
    return artifacts;
}

} // namespace

int ExportPlan::count(ExportPlanEntry::Action action) const
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [action](const ExportPlanEntry &e) { return e.action == action; }));
}

ExportPlan ExportPreview::forFolder(const ArtifactList &input, const QString &rootPath,
                                    const ArtifactExporter::Options &options)
{
    ExportPlan plan;
    const ArtifactList artifacts = planArtifacts(input, options, plan.entries);

    const QString root = pathsafety::resolvedRoot(rootPath);
    const QFileInfo rootInfo(root);
    plan.targetExists = rootInfo.exists() || rootInfo.isSymLink();
    if (rootInfo.isSymLink()) {
        plan.blockingProblem = tr("the export folder is a broken symbolic link");
        return plan;
    }
    if (rootInfo.exists() && !rootInfo.isDir()) {
        plan.blockingProblem = tr("the export target exists and is not a folder");
        return plan;
    }
    if (plan.targetExists) {
        plan.existingEntries = int(QDir(root)
                                           .entryList(QDir::AllEntries | QDir::NoDotAndDotDot
                                                      | QDir::Hidden | QDir::System)
                                           .size());
    }
    const bool empty = plan.existingEntries == 0;
    using Policy = ArtifactExporter::OverwritePolicy;
    if (!empty && options.policy == Policy::RefuseNonEmpty) {
        plan.blockingProblem = tr("the folder is not empty; choose to overwrite or pick another "
                                  "folder");
        return plan;
    }
    if (empty)
        return plan; // every file is new

    std::optional<ExportManifest> previous;
    const auto record = ExportManifest::read(root);
    if (!record && options.policy == Policy::ReplacePrevious) {
        plan.blockingProblem = record.error().message;
        return plan;
    }
    if (record && *record) {
        previous = **record;
        plan.hasExportRecord = true;
        plan.recordSource = previous->source;
    }
    const bool sameSource = previous && previous->source == options.source;

    // Writing into a non-empty folder.
    for (int i = 0; i < plan.entries.size(); ++i) {
        ExportPlanEntry &e = plan.entries[i];
        if (e.targetPath.isEmpty())
            continue;
        if (pathsafety::crossesSymlink(root, e.targetPath)) {
            plan.blockingProblem = tr("'%1' would be written through a symbolic link in the "
                                      "export folder")
                                           .arg(e.targetPath);
            continue;
        }
        if (artifacts[i].type == Artifact::Type::Directory)
            continue;
        const QString target = QDir(root).filePath(e.targetPath);
        if (!QFileInfo::exists(target))
            continue;
        if (QFileInfo(target).isDir()) {
            plan.blockingProblem = tr("a folder is in the way of '%1'").arg(e.targetPath);
            continue;
        }
        if (options.policy == Policy::Overwrite) {
            e.action = ExportPlanEntry::Action::Overwrite;
            continue;
        }
        if (options.policy == Policy::ReplacePrevious) {
            e.action = ExportPlanEntry::Action::Overwrite;
            const QString why = replaceRefusal(root, e.targetPath, artifacts[i].content,
                                               sameSource ? &*previous : nullptr);
            if (!why.isEmpty()) {
                e.reason = why;
                plan.foreignFiles << e.targetPath;
            }
            continue;
        }
        QString relative = e.targetPath;
        for (int n = 2; QFileInfo::exists(QDir(root).filePath(relative)); ++n)
            relative = pathsafety::numberedPath(e.targetPath, n);
        e.targetPath = relative;
        e.action = ExportPlanEntry::Action::Rename;
        e.reason = tr("a file with that name exists; both are kept");
    }
    if (options.policy != Policy::ReplacePrevious)
        return plan;
    if (!plan.foreignFiles.isEmpty()) {
        plan.blockingProblem = tr("%n file(s) in the folder would be replaced that are not files "
                                  "an earlier export of this graph wrote unchanged (%1): choose "
                                  "Overwrite or Keep Both, or another folder",
                                  nullptr, int(plan.foreignFiles.size()))
                                       .arg(plan.foreignFiles.mid(0, 5).join(QStringLiteral(", "))
                                            + (plan.foreignFiles.size() > 5 ? QStringLiteral(", …")
                                                                            : QString()));
        return plan;
    }
    if (!sameSource)
        return plan; // nothing to prune: no record, or another graph's
    for (const StaleFile &file :
         staleFiles(root, *previous, ArtifactExporter::exportedPaths(artifacts, options))) {
        ExportPlanEntry e;
        e.targetPath = file.path;
        e.action = file.keptReason.isEmpty() ? ExportPlanEntry::Action::Remove
                                             : ExportPlanEntry::Action::KeepStale;
        e.reason = file.keptReason.isEmpty()
                           ? tr("no longer generated")
                           : tr("no longer generated; kept: %1").arg(file.keptReason);
        plan.entries << e;
    }
    return plan;
}

ExportPlan ExportPreview::forArchive(const ArtifactList &input, const QString &archivePath,
                                     const ArtifactExporter::Options &options)
{
    ExportPlan plan;
    planArtifacts(input, options, plan.entries);
    const QFileInfo info(archivePath);
    plan.targetExists = info.exists() || info.isSymLink();
    if (info.isSymLink())
        plan.blockingProblem = tr("the archive path is a symbolic link");
    else if (info.isDir())
        plan.blockingProblem = tr("a folder is in the way of the archive");
    else if (plan.targetExists
             && options.policy == ArtifactExporter::OverwritePolicy::RefuseNonEmpty)
        plan.blockingProblem = tr("the archive exists; choose to overwrite or keep both");
    return plan;
}

} // namespace kg
