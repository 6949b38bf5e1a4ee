// Harness: artifact path sanitising and the exporter, kg::pathsafety::unsafeReason,
// ::sanitize and ::write into a private temporary folder. Artifact paths are untrusted (they come
// from servers), so the input is a list of them, one per line:
//   line 1, first byte: bits 0-1 the overwrite policy (RefuseNonEmpty, Overwrite, KeepBoth,
//       ReplaceFolder), bit 2 includeMetadata, bits 3-4 the target (0 missing, 1 empty folder,
//       2 a folder with user files: user.txt, .git/config, sub/keep.yaml, 3 the same plus a
//       symlink "link" to a folder beside it), bit 5: the target is a symlink to such a folder;
//   every further line: a type byte ('d' directory, 'm' metadata, anything else a file) and the
//       path, UTF-8. At most 64 artifacts.
// Checked: a path pathsafety::unsafeReason() accepts stays inside the export folder; after sanitize()
// every exportable path is still accepted and unique (case- and normalisation-insensitively);
// write() leaves nothing beside the target (no staging or backup folders), never touches the
// folder beside it, keeps the user's files, and every path it reports written exists.
#include "FuzzSupport.h"

#include "export/ArtifactExporter.h"
#include "export/PathSafety.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

using namespace kg;

namespace {

constexpr int MaxArtifacts = 64;

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    file.write(content);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

/// Relative paths of everything below @p dir (symlinks listed, not followed), sorted.
QStringList listing(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

const QStringList userFiles = {QStringLiteral("user.txt"), QStringLiteral(".git/config"),
                               QStringLiteral("sub/keep.yaml")};

void populate(const QString &folder, bool withLink)
{
    for (const QString &f : userFiles)
        writeFile(QDir(folder).filePath(f), "user data " + f.toUtf8());
    if (withLink)
        QFile::link(QStringLiteral("../outside"), QDir(folder).filePath(QStringLiteral("link")));
}

void checkPath(const QString &path)
{
    const QString why = pathsafety::unsafeReason(path);
    if (!why.isEmpty())
        return;
    QString p = path;
    p.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QString root = QStringLiteral("/export/root");
    const QString joined = QDir::cleanPath(root + QLatin1Char('/') + p);
    fuzz::check(joined.startsWith(root + QLatin1Char('/')) && !QDir::isAbsolutePath(p),
                "unsafe-path-escape", path.left(300));
    fuzz::check(!p.split(QLatin1Char('/')).contains(QStringLiteral("..")), "unsafe-path-dotdot",
                path.left(300));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QList<QByteArray> lines = fuzz::bytes(data, size).split('\n');
    const uchar flags = static_cast<uchar>(lines.first().isEmpty() ? 0 : lines.first().at(0));
    ArtifactExporter::Options options;
    options.policy = static_cast<ArtifactExporter::OverwritePolicy>(flags & 3);
    options.includeMetadata = flags & 4;
    const int target = (flags >> 3) & 3;
    const bool symlinkRoot = flags & 32;

    ArtifactList artifacts;
    for (qsizetype i = 1; i < lines.size() && artifacts.size() < MaxArtifacts; ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            continue;
        Artifact a;
        a.type = line.at(0) == 'd'   ? Artifact::Type::Directory
                 : line.at(0) == 'm' ? Artifact::Type::Metadata
                                     : Artifact::Type::File;
        a.path = QString::fromUtf8(line.mid(1));
        a.content = "generated " + line.mid(1) + '\n';
        artifacts << a;
    }

    for (const Artifact &a : std::as_const(artifacts))
        checkPath(a.path);

    ArtifactList sanitized = artifacts;
    pathsafety::sanitize(sanitized);
    QSet<QString> keys;
    for (const Artifact &a : std::as_const(sanitized)) {
        if (!a.unsafeReason.isEmpty())
            continue;
        const QString why = pathsafety::unsafeReason(a.path);
        fuzz::check(why.isEmpty(), "sanitize-renamed-safe",
                    a.path.left(300) + QStringLiteral(": ") + why);
        const QString key = a.path.normalized(QString::NormalizationForm_C).toCaseFolded();
        fuzz::check(!keys.contains(key), "sanitize-unique", a.path.left(300));
        keys.insert(key);
    }

    // The export: <case>/outer/root is the target, <case>/outer/outside must never change.
    QTemporaryDir work;
    if (!work.isValid())
        std::abort();
    const QString outer = work.filePath(QStringLiteral("outer"));
    const QString outside = outer + QStringLiteral("/outside");
    writeFile(outside + QStringLiteral("/keep.txt"), "outside");
    const QString root = outer + QStringLiteral("/root");
    const QString real = symlinkRoot ? outer + QStringLiteral("/real") : root;
    if (target >= 1)
        QDir().mkpath(real);
    if (target >= 2)
        populate(real, target == 3);
    if (symlinkRoot && !QFile::link(QStringLiteral("real"), root))
        std::abort();
    const QStringList before = listing(outer);

    const Result<ArtifactExporter::Report> report = ArtifactExporter::write(artifacts, root,
                                                                            options);

    QStringList expected = {QStringLiteral("outside"), QStringLiteral("root")};
    if (symlinkRoot)
        expected << QStringLiteral("real");
    expected.sort();
    const QStringList beside = QDir(outer).entryList(QDir::AllEntries | QDir::NoDotAndDotDot
                                                             | QDir::Hidden | QDir::System,
                                                     QDir::Name);
    for (const QString &entry : beside)
        fuzz::check(expected.contains(entry), "export-leftovers", entry);
    fuzz::check(listing(outside) == QStringList{QStringLiteral("keep.txt")}
                        && readFile(outside + QStringLiteral("/keep.txt")) == "outside",
                "export-outside-untouched", listing(outside).join(QLatin1Char(' ')));
    if (target >= 2) {
        for (const QString &f : userFiles) {
            const QString path = QDir(real).filePath(f);
            fuzz::check(QFileInfo::exists(path), "export-keeps-user-files",
                        f + QStringLiteral(" is gone; before: ") + before.join(QLatin1Char(' ')));
        }
    }
    if (!report) {
        fuzz::check(!report.error().message.isEmpty(), "export-error-message");
        return 0;
    }
    for (const QString &written : report->written)
        fuzz::check(QFileInfo::exists(QDir(root).filePath(written)), "export-written-exists",
                    written.left(300));
    return 0;
}
