#include "export/ArtifactExporter.h"

#include "export/ExportManifest.h"
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

constexpr int MaxPathLength = 1024;
constexpr int MaxDepth = 32;
constexpr int MaxSegmentBytes = 255;

bool isDeviceName(const QString &segment)
{
    static const QRegularExpression device(QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString base = segment.section(QLatin1Char('.'), 0, 0).trimmed();
    return device.match(base).hasMatch();
}

QString dedupKey(const QString &path)
{
    return path.normalized(QString::NormalizationForm_C).toCaseFolded();
}

/// "dir/name.ext" → "dir/name-N.ext" (the extension is everything after the first dot of the
/// file name, so "a.tar.gz" becomes "a-2.tar.gz"). When the numbered name would be longer than a
/// file name may be, the stem is shortened (by whole characters) to make room for the number.
QString numbered(const QString &path, int n)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QString dir = path.left(slash + 1);
    const QString file = path.mid(slash + 1);
    const qsizetype dot = file.indexOf(QLatin1Char('.'), 1);
    QString stem = dot < 0 ? file : file.left(dot);
    const QString extension = dot < 0 ? QString() : file.mid(dot);
    const QString suffix = QLatin1Char('-') + QString::number(n) + extension;
    const qsizetype budget = MaxSegmentBytes - suffix.toUtf8().size();
    while (!stem.isEmpty() && stem.toUtf8().size() > budget) {
        stem.chop(1);
        if (!stem.isEmpty() && stem.back().isHighSurrogate())
            stem.chop(1);
    }
    return dir + stem + suffix;
}

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

QString ArtifactExporter::unsafePathReason(const QString &path)
{
    if (path.isEmpty())
        return Tr::tr("empty path");
    if (path.size() > MaxPathLength)
        return Tr::tr("path longer than %1 characters").arg(MaxPathLength);
    for (const QChar c : path) {
        const char16_t u = c.unicode();
        if (u == 0)
            return Tr::tr("contains a NUL character");
        if (u < 0x20 || u == 0x7f)
            return Tr::tr("contains a control character");
        if (u == u'<' || u == u'>' || u == u'"' || u == u'|' || u == u'?' || u == u'*')
            return Tr::tr("contains the reserved character '%1'").arg(c);
        if (u == u':')
            return Tr::tr("contains ':' (a drive letter or stream name)");
    }
    if (path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('\\')))
        return path.startsWith(QStringLiteral("\\\\")) ? Tr::tr("network (UNC) path")
                                                       : Tr::tr("absolute path");
    static const QRegularExpression separators(QStringLiteral("[/\\\\]"));
    const QStringList segments = path.split(separators);
    if (segments.size() > MaxDepth)
        return Tr::tr("deeper than %1 levels").arg(MaxDepth);
    for (const QString &segment : segments) {
        if (segment.isEmpty())
            return Tr::tr("empty path segment");
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            return Tr::tr("contains a '%1' segment").arg(segment);
        if (segment.toUtf8().size() > MaxSegmentBytes)
            return Tr::tr("a name longer than %1 bytes").arg(MaxSegmentBytes);
        if (segment.endsWith(QLatin1Char('.')) || segment.endsWith(QLatin1Char(' ')))
            return Tr::tr("a name ending in a dot or a space");
        if (isDeviceName(segment))
            return Tr::tr("'%1' is a reserved device name").arg(segment);
    }
    return {};
}

QStringList ArtifactExporter::sanitize(ArtifactList &artifacts)
{
    QStringList renames;
    QSet<QString> taken;
    // The next number to try per name: k copies of one name cost k tries, not k² / 2.
    QHash<QString, int> nextNumber;
    for (Artifact &a : artifacts) {
        if (a.unsafeReason.isEmpty())
            a.unsafeReason = unsafePathReason(a.path);
        if (!a.unsafeReason.isEmpty())
            continue;
        // Backslashes are separators too; store the path in its '/' form.
        a.path.replace(QLatin1Char('\\'), QLatin1Char('/'));
        QString candidate = a.path;
        const QString key = dedupKey(a.path);
        if (taken.contains(key)) {
            int n = nextNumber.value(key, 2);
            for (candidate = numbered(a.path, n); taken.contains(dedupKey(candidate));
                 candidate = numbered(a.path, ++n)) {
            }
            nextNumber.insert(key, n + 1);
        }
        if (candidate != a.path) {
            // The new name must pass the same checks as any other (numbered() keeps it short).
            const QString reason = unsafePathReason(candidate);
            if (!reason.isEmpty()) {
                a.unsafeReason = Tr::tr("renamed to avoid a duplicate, the name is unusable: %1")
                                         .arg(reason);
                continue;
            }
            renames << QStringLiteral("%1 → %2").arg(a.path, candidate);
            a.path = candidate;
        }
        taken.insert(dedupKey(a.path));
    }
    return renames;
}

QString ArtifactExporter::numberedPath(const QString &path, int n)
{
    return numbered(path, n);
}

bool ArtifactExporter::crossesSymlink(const QString &root, const QString &relative)
{
    QString current = root;
    for (const QString &part : relative.split(QLatin1Char('/'))) {
        current += QLatin1Char('/') + part;
        const QFileInfo info(current);
        if (info.isSymLink())
            return true;
        if (!info.exists())
            return false;
    }
    return false;
}

QString ArtifactExporter::resolvedRoot(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    // A link to a folder is the folder: resolve it, so nothing replaces or empties the link's
    // target behind the user's back and the link itself stays as it was.
    const QString canonical = QFileInfo(absolute).canonicalFilePath();
    return canonical.isEmpty() ? absolute : canonical;
}

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
    report.renamed = sanitize(artifacts);

    const QString root = resolvedRoot(rootPath);
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
        if (crossesSymlink(root, a->path))
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
                relative = numbered(a->path, n);
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
