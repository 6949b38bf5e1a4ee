#include "export/ArtifactExporter.h"

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
/// file name, so "a.tar.gz" becomes "a-2.tar.gz").
QString numbered(const QString &path, int n)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QString dir = path.left(slash + 1);
    const QString file = path.mid(slash + 1);
    const qsizetype dot = file.indexOf(QLatin1Char('.'), 1);
    if (dot < 0)
        return dir + file + QLatin1Char('-') + QString::number(n);
    return dir + file.left(dot) + QLatin1Char('-') + QString::number(n) + file.mid(dot);
}

/// True when any existing component of @p relative below @p root is a symlink.
bool crossesSymlink(const QString &root, const QString &relative)
{
    const QStringList parts = relative.split(QLatin1Char('/'));
    QString current = root;
    for (const QString &part : parts) {
        current += QLatin1Char('/') + part;
        const QFileInfo info(current);
        if (info.isSymLink())
            return true;
        if (!info.exists())
            return false;
    }
    return false;
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
    for (Artifact &a : artifacts) {
        if (a.unsafeReason.isEmpty())
            a.unsafeReason = unsafePathReason(a.path);
        if (!a.unsafeReason.isEmpty())
            continue;
        // Backslashes are separators too; store the path in its '/' form.
        a.path.replace(QLatin1Char('\\'), QLatin1Char('/'));
        QString candidate = a.path;
        for (int n = 2; taken.contains(dedupKey(candidate)); ++n)
            candidate = numbered(a.path, n);
        if (candidate != a.path) {
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

Result<ArtifactExporter::Report> ArtifactExporter::write(const ArtifactList &input,
                                                         const QString &rootPath,
                                                         const Options &options)
{
    Report report;
    ArtifactList artifacts = input;
    report.renamed = sanitize(artifacts);

    const QString root = QDir::cleanPath(QFileInfo(rootPath).absoluteFilePath());
    const QFileInfo rootInfo(root);
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
        toWrite << &a;
    }

    // Stage everything beside the target, on the same filesystem, so the final step is a rename.
    const QString parent = QFileInfo(root).absolutePath();
    if (!QDir().mkpath(parent))
        return Error(Tr::tr("cannot create the folder"), Location(parent));
    QTemporaryDir staging(QDir(parent).filePath(QStringLiteral(".kubegram-export-XXXXXX")));
    if (!staging.isValid())
        return Error(Tr::tr("cannot create a temporary folder: %1").arg(staging.errorString()),
                     Location(parent));
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
    }

    // Whole-folder moves: the target did not exist, was empty, or is replaced as a whole.
    if (rootEmpty || options.policy == OverwritePolicy::ReplaceFolder) {
        QString backup;
        if (rootExists) {
            backup = QDir(parent).filePath(QStringLiteral(".kubegram-export-old-")
                                           + QFileInfo(staging.path()).fileName().right(6));
            if (!QDir().rename(root, backup))
                return Error(Tr::tr("cannot replace the folder (is it in use or read-only?)"),
                             Location(root));
        }
        if (!QDir().rename(staging.path(), root)) {
            if (!backup.isEmpty())
                QDir().rename(backup, root);
            return Error(Tr::tr("cannot move the exported files into place"), Location(root));
        }
        staging.setAutoRemove(false);
        if (!backup.isEmpty())
            QDir(backup).removeRecursively();
        return report;
    }

    // Merging into a non-empty folder: check every target first, then rename file by file (each
    // rename is atomic; nothing is written through a symlink).
    for (const Artifact *a : std::as_const(toWrite)) {
        if (crossesSymlink(root, a->path))
            return Error(Tr::tr("refusing to write through a symbolic link in the export folder"),
                         Location(QDir(root).filePath(a->path)));
    }
    QStringList written;
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
            if (relative != a->path)
                report.renamed << QStringLiteral("%1 → %2").arg(a->path, relative);
        }
        const QString target = QDir(root).filePath(relative);
        if (QFileInfo(target).isDir())
            return Error(Tr::tr("a folder is in the way of a file"), Location(target));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return Error(Tr::tr("cannot create the folder"), Location(target));
        // std::rename replaces an existing file atomically (QFile::rename refuses to).
        if (std::rename(QFile::encodeName(staging.filePath(a->path)).constData(),
                        QFile::encodeName(target).constData())
            != 0)
            return Error(Tr::tr("cannot move the file into place; %n file(s) were already written",
                                nullptr, int(written.size())),
                         Location(target));
        written << relative;
    }
    report.written = written;
    return report;
}

} // namespace kg
