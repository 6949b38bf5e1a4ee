#include "export/ZipArchiveWriter.h"

#include "export/PathSafety.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <cstdio>

namespace kg {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kg::ZipArchiveWriter)
};

/// A fixed timestamp keeps archives of the same artifacts byte-identical.
const QDateTime &entryTimestamp()
{
    static const QDateTime stamp(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    return stamp;
}

/// Re-reads the archive's central directory: the entries and sizes must be what was written.
bool verifyArchive(const QString &path, const QList<QPair<QString, qint64>> &expected)
{
    QuaZip zip(path);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdUnzip))
        return false;
    const QList<QuaZipFileInfo64> infos = zip.getFileInfoList64();
    zip.close();
    if (infos.size() != expected.size())
        return false;
    for (int i = 0; i < infos.size(); ++i) {
        if (infos[i].name != expected[i].first
            || qint64(infos[i].uncompressedSize) != expected[i].second)
            return false;
    }
    return true;
}

} // namespace

Result<ZipArchiveWriter::Outcome> ZipArchiveWriter::write(const ArtifactList &input,
                                                          const QString &archivePath,
                                                          const ArtifactExporter::Options &options)
{
    Outcome outcome;
    ArtifactList artifacts = input;
    outcome.report.renamed = pathsafety::sanitize(artifacts);

    const QFileInfo requested(QFileInfo(archivePath).absoluteFilePath());
    if (requested.isSymLink())
        return Error(Tr::tr("refusing to write the archive through a symbolic link"),
                     Location(requested.filePath()));
    if (requested.isDir())
        return Error(Tr::tr("a folder is in the way of the archive"),
                     Location(requested.filePath()));
    QString target = requested.filePath();
    if (requested.exists()) {
        switch (options.policy) {
        case ArtifactExporter::OverwritePolicy::RefuseNonEmpty:
            return Error(Tr::tr("the archive exists; choose to overwrite or keep both"),
                         Location(target));
        case ArtifactExporter::OverwritePolicy::KeepBoth: {
            const QString dir = requested.absolutePath() + QLatin1Char('/');
            for (int n = 2; QFileInfo(target).exists() || QFileInfo(target).isSymLink(); ++n)
                target = dir + pathsafety::numberedPath(requested.fileName(), n);
            outcome.report.renamed << QStringLiteral("%1 → %2").arg(requested.fileName(),
                                                                    QFileInfo(target).fileName());
            break;
        }
        case ArtifactExporter::OverwritePolicy::Overwrite:
        case ArtifactExporter::OverwritePolicy::ReplacePrevious:
            break;
        }
    }
    outcome.archivePath = target;

    const QString parent = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(parent))
        return Error(Tr::tr("cannot create the folder"), Location(parent));

    // The temporary file lives beside the target (same filesystem: the final step is a rename)
    // and is removed automatically on every failure path.
    QTemporaryFile temporary(QDir(parent).filePath(QStringLiteral(".kubegram-export-XXXXXX.zip")));
    if (!temporary.open())
        return Error(Tr::tr("cannot create a temporary file: %1").arg(temporary.errorString()),
                     Location(parent));
    temporary.close();

    QList<QPair<QString, qint64>> expected;
    {
        QuaZip zip(temporary.fileName());
        zip.setUtf8Enabled(true);
        if (!zip.open(QuaZip::mdCreate))
            return Error(Tr::tr("cannot create the archive (zip error %1)").arg(zip.getZipError()),
                         Location(target));
        for (const Artifact &a : std::as_const(artifacts)) {
            if (!a.unsafeReason.isEmpty()) {
                outcome.report.rejected << QStringLiteral("%1: %2").arg(a.path, a.unsafeReason);
                continue;
            }
            if (a.type == Artifact::Type::Metadata && !options.includeMetadata)
                continue;
            // Defence in depth: sanitize() checked the path; an entry name must never be absolute
            // or climb out of the folder it is extracted into.
            if (!pathsafety::unsafeReason(a.path).isEmpty())
                return Error(Tr::tr("path escapes the export folder"), Location(a.path));
            const bool isDir = a.type == Artifact::Type::Directory;
            const QString name = isDir ? a.path + QLatin1Char('/') : a.path;
            QuaZipNewInfo info(name);
            info.dateTime = entryTimestamp();
            QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                   | QFileDevice::ReadGroup
                                                   | QFileDevice::ReadOther;
            if (isDir)
                permissions |= QFileDevice::ExeOwner | QFileDevice::ExeGroup
                               | QFileDevice::ExeOther;
            info.setPermissions(permissions);
            QuaZipFile entry(&zip);
            if (!entry.open(QIODevice::WriteOnly, info))
                return Error(
                        Tr::tr("cannot add to the archive (zip error %1); nothing was exported")
                                .arg(entry.getZipError()),
                        Location(a.path));
            if (!isDir && entry.write(a.content) != a.content.size()) {
                entry.close();
                return Error(Tr::tr("cannot write (zip error %1); nothing was exported")
                                     .arg(entry.getZipError()),
                             Location(a.path));
            }
            entry.close();
            if (entry.getZipError() != ZIP_OK)
                return Error(Tr::tr("cannot write (zip error %1); nothing was exported")
                                     .arg(entry.getZipError()),
                             Location(a.path));
            expected << qMakePair(name, isDir ? qint64(0) : qint64(a.content.size()));
            outcome.report.written << a.path;
        }
        zip.close();
        if (zip.getZipError() != ZIP_OK)
            return Error(Tr::tr("cannot finish the archive (zip error %1); nothing was exported")
                                 .arg(zip.getZipError()),
                         Location(target));
    }
    // A full disk can surface only when buffers are flushed; read the archive back before it
    // replaces anything.
    if (!verifyArchive(temporary.fileName(), expected))
        return Error(Tr::tr("the archive could not be written completely; nothing was exported"),
                     Location(target));

    // std::rename replaces an existing archive atomically (QFile::rename refuses to).
    if (std::rename(QFile::encodeName(temporary.fileName()).constData(),
                    QFile::encodeName(target).constData())
        != 0)
        return Error(Tr::tr("cannot move the archive into place"), Location(target));
    temporary.setAutoRemove(false);
    return outcome;
}

} // namespace kg
