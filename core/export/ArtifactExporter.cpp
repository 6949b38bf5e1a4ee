#include "export/ArtifactExporter.h"

#include "export/ExportManifest.h"
#include "export/PathSafety.h"
#include "io/JsonSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace kg {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kg::ArtifactExporter)
};

/// The permissions a new folder gets from the user's umask (QTemporaryDir makes them 0700).
QFileDevice::Permissions folderPermissions()
{
    unsigned mask = 022;
#ifdef Q_OS_UNIX
    bool found = false;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:")) {
                mask = line.mid(6).trimmed().toUInt(&found, 8);
                break;
            }
        }
    }
    if (!found) {
        mask = ::umask(022);
        ::umask(mode_t(mask));
    }
#endif
    const unsigned mode = 0777 & ~mask;
    QFileDevice::Permissions p;
    const std::pair<unsigned, QFileDevice::Permissions> bits[] = {
            {0400, QFileDevice::ReadOwner | QFileDevice::ReadUser},
            {0200, QFileDevice::WriteOwner | QFileDevice::WriteUser},
            {0100, QFileDevice::ExeOwner | QFileDevice::ExeUser},
            {0040, QFileDevice::ReadGroup},
            {0020, QFileDevice::WriteGroup},
            {0010, QFileDevice::ExeGroup},
            {0004, QFileDevice::ReadOther},
            {0002, QFileDevice::WriteOther},
            {0001, QFileDevice::ExeOther},
    };
    for (const auto &[bit, permission] : bits) {
        if (mode & bit)
            p |= permission;
    }
    return p;
}

/// Removes the folders between @p relative's file and @p root that are empty now.
void removeEmptyParents(const QString &root, const QString &relative)
{
    QString dir = QFileInfo(relative).path();
    while (!dir.isEmpty() && dir != QLatin1String(".")) {
        const QString absolute = QDir(root).filePath(dir);
        if (QFileInfo(absolute).isSymLink()
            || !QDir(absolute).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden
                                       | QDir::System))
            return;
        if (!QDir().rmdir(absolute))
            return;
        dir = QFileInfo(dir).path();
    }
}

bool isEmptyDir(const QString &path)
{
    return QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

} // namespace

QSet<QString> ArtifactExporter::exportedPaths(const ArtifactList &sanitized, const Options &options)
{
    QSet<QString> paths;
    for (const Artifact &a : sanitized) {
        if (!a.unsafeReason.isEmpty() || a.type == Artifact::Type::Directory)
            continue;
        if (a.type == Artifact::Type::File || options.includeMetadata)
            paths.insert(a.path);
    }
    return paths;
}

Result<ArtifactExporter::Report> ArtifactExporter::write(const ArtifactList &input,
                                                         const QString &rootPath,
                                                         const Options &options)
{
    Report report;
    ArtifactList artifacts = input;
    report.renamed = pathsafety::sanitize(artifacts);

    const QString root = pathsafety::resolvedRoot(rootPath);
    const QFileInfo rootInfo(root);
    if (rootInfo.isSymLink())
        return Error(Tr::tr("the export folder is a broken symbolic link"), Location(rootPath));
    if (rootInfo.exists() && !rootInfo.isDir())
        return Error(Tr::tr("the export target exists and is not a folder"), Location(root));
    const bool rootExists = rootInfo.exists();
    const bool rootEmpty = !rootExists || isEmptyDir(root);
    if (!rootEmpty && options.policy == OverwritePolicy::RefuseNonEmpty)
        return Error(Tr::tr("the folder is not empty; choose to overwrite or pick another folder"),
                     Location(root));

    QList<const Artifact *> toWrite;
    for (const Artifact &a : std::as_const(artifacts)) {
        if (!a.unsafeReason.isEmpty()) {
            report.rejected << QStringLiteral("%1: %2").arg(a.path, a.unsafeReason);
            continue;
        }
        if (a.type == Artifact::Type::Metadata && !options.includeMetadata)
            continue;
        if (a.path == ExportManifest::fileName())
            continue; // the record is ours to write
        toWrite << &a;
    }

    // What an earlier export left here, and which of the files in the way it wrote.
    std::optional<ExportManifest> previous;
    if (!rootEmpty) {
        auto read = ExportManifest::read(root);
        if (!read && options.policy == OverwritePolicy::ReplacePrevious)
            return Error(Tr::tr("%1; nothing was written or removed").arg(read.error().message),
                         read.error().location);
        if (read)
            previous = *read;
    }
    const bool sameSource = previous && previous->source == options.source;
    QList<StaleFile> stale;
    if (options.policy == OverwritePolicy::ReplacePrevious && !rootEmpty) {
        QStringList foreign;
        for (const Artifact *a : std::as_const(toWrite)) {
            if (a->type == Artifact::Type::Directory)
                continue;
            const QString why = replaceRefusal(root, a->path, a->content,
                                               sameSource ? &*previous : nullptr);
            if (!why.isEmpty())
                foreign << QStringLiteral("%1 (%2)").arg(a->path, why);
        }
        if (!foreign.isEmpty()) {
            const QStringList shown = foreign.mid(0, 5);
            return Error(Tr::tr("%n file(s) in the folder would be replaced that are not files "
                                "an earlier export of this graph wrote unchanged: %1. Nothing "
                                "was written; choose Overwrite or Keep Both, or another folder.",
                                nullptr, int(foreign.size()))
                                 .arg(shown.join(QStringLiteral(", "))
                                      + (foreign.size() > shown.size() ? QStringLiteral(", …")
                                                                       : QString())),
                         Location(root));
        }
        if (sameSource)
            stale = staleFiles(root, *previous, exportedPaths(artifacts, options));
    }

    // Stage everything beside the target, on the same filesystem, so the final step is a rename.
    const QString parent = QFileInfo(root).absolutePath();
    if (!QDir().mkpath(parent))
        return Error(Tr::tr("cannot create the folder"), Location(parent));
    QTemporaryDir staging(QDir(parent).filePath(QStringLiteral(".kubegram-export-XXXXXX")));
    if (!staging.isValid())
        return Error(Tr::tr("cannot create a temporary folder: %1").arg(staging.errorString()),
                     Location(parent));
    // QTemporaryDir is private (0700); the export folder gets what the user's umask gives.
    QFile::setPermissions(staging.path(), folderPermissions());
    ExportManifest record;
    record.source = options.source;
    for (const Artifact *a : std::as_const(toWrite)) {
        const QString target = staging.filePath(a->path);
        // Defence in depth: the joined path must stay inside the staging folder.
        if (!QDir::cleanPath(target).startsWith(staging.path() + QLatin1Char('/')))
            return Error(Tr::tr("path escapes the export folder"), Location(a->path));
        if (a->type == Artifact::Type::Directory) {
            if (!QDir().mkpath(target))
                return Error(Tr::tr("cannot create the folder"), Location(a->path));
            continue;
        }
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return Error(Tr::tr("cannot create the folder"), Location(a->path));
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error(Tr::tr("cannot write: %1").arg(file.errorString()), Location(a->path));
        if (file.write(a->content) != a->content.size() || !file.flush()) {
            const QString why = file.errorString();
            return Error(Tr::tr("cannot write (%1); nothing was exported").arg(why),
                         Location(a->path));
        }
        file.close();
        if (file.error() != QFile::NoError)
            return Error(Tr::tr("cannot write (%1); nothing was exported").arg(file.errorString()),
                         Location(a->path));
        report.written << a->path;
        record.files.insert(a->path, ExportManifest::hashOf(a->content));
    }

    // A new folder: the staged one takes its place as a whole.
    if (!rootExists) {
        if (Status s = io::writeFileAtomically(staging.filePath(ExportManifest::fileName()),
                                               record.toJson());
            !s)
            return Error(Tr::tr("cannot write the export record (%1); nothing was exported")
                                 .arg(s.error().message),
                         Location(root));
        if (!QDir().rename(staging.path(), root))
            return Error(Tr::tr("cannot move the exported files into place"), Location(root));
        staging.setAutoRemove(false);
        return report;
    }

    // Writing into an existing folder (the user's: it keeps its mode, owner and links): check
    // every target first, then rename file by file (each rename is atomic; nothing is written
    // through a symlink). Should a rename fail, the files this export added are taken back.
    for (const Artifact *a : std::as_const(toWrite)) {
        if (pathsafety::crossesSymlink(root, a->path))
            return Error(Tr::tr("refusing to write through a symbolic link in the export folder"),
                         Location(QDir(root).filePath(a->path)));
    }
    QStringList written;
    QStringList added; // files that did not exist before: removed again if the export fails
    const auto takeBack = [&] {
        for (const QString &relative : std::as_const(added)) {
            QFile::remove(QDir(root).filePath(relative));
            removeEmptyParents(root, relative);
        }
    };
    for (const Artifact *a : std::as_const(toWrite)) {
        if (a->type == Artifact::Type::Directory) {
            QDir().mkpath(QDir(root).filePath(a->path));
            written << a->path;
            continue;
        }
        QString relative = a->path;
        if (options.policy == OverwritePolicy::KeepBoth) {
            for (int n = 2; QFileInfo::exists(QDir(root).filePath(relative)); ++n)
                relative = pathsafety::numberedPath(a->path, n);
            if (relative != a->path) {
                report.renamed << QStringLiteral("%1 → %2").arg(a->path, relative);
                record.files.insert(relative, record.files.take(a->path));
            }
        }
        const QString target = QDir(root).filePath(relative);
        if (QFileInfo(target).isDir()) {
            takeBack();
            return Error(Tr::tr("a folder is in the way of a file"), Location(target));
        }
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            takeBack();
            return Error(Tr::tr("cannot create the folder"), Location(target));
        }
        const bool existed = QFileInfo::exists(target);
        // std::rename replaces an existing file atomically (QFile::rename refuses to).
        if (std::rename(QFile::encodeName(staging.filePath(a->path)).constData(),
                        QFile::encodeName(target).constData())
            != 0) {
            takeBack();
            return Error(Tr::tr("cannot move the file into place; %n file(s) were already "
                                "replaced",
                                nullptr, int(written.size() - added.size())),
                         Location(target));
        }
        if (!existed)
            added << relative;
        written << relative;
    }
    report.written = written;

    // Stale files of the earlier export: removed only when unchanged, never anything else.
    QSet<QString> removed;
    for (const StaleFile &file : std::as_const(stale)) {
        if (!file.keptReason.isEmpty()) {
            report.kept << QStringLiteral("%1: %2").arg(file.path, file.keptReason);
            continue;
        }
        if (!QFile::remove(QDir(root).filePath(file.path))) {
            report.kept << QStringLiteral("%1: %2").arg(file.path, Tr::tr("could not be removed"));
            continue;
        }
        removed.insert(file.path);
        report.removed << file.path;
        removeEmptyParents(root, file.path);
    }

    // The record lists everything this graph's exports wrote here and that is still theirs:
    // what was just written, plus earlier files of the same graph that are still unchanged.
    if (sameSource) {
        const QSet<QString> changed = [&] {
            QSet<QString> out;
            for (const StaleFile &file : std::as_const(stale))
                out.insert(file.path);
            return out;
        }();
        for (auto it = previous->files.cbegin(); it != previous->files.cend(); ++it) {
            if (record.files.contains(it.key()) || removed.contains(it.key()))
                continue;
            // A stale file that was kept is the user's now (changed, hidden, a link).
            if (changed.contains(it.key()))
                continue;
            if (QFileInfo::exists(QDir(root).filePath(it.key())))
                record.files.insert(it.key(), it.value());
        }
    }
    if (Status s = io::writeFileAtomically(QDir(root).filePath(ExportManifest::fileName()),
                                           record.toJson());
        !s)
        return Error(Tr::tr("the files were written, but not the export record (%1); a later "
                            "export will not remove stale files")
                             .arg(s.error().message),
                     Location(root));
    return report;
}

} // namespace kg
