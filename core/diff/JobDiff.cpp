#include "diff/JobDiff.h"

#include "diff/TextDiff.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <algorithm>

namespace kg {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kg::JobDiff)
};

QByteArray contentHash(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256);
}

int lineCount(const QByteArray &content)
{
    return int(TextDiff::splitLines(content).size());
}

QString languageForPath(const QString &path)
{
    const QString name = path.section(QLatin1Char('/'), -1).toLower();
    if (name.endsWith(QLatin1String(".yaml")) || name.endsWith(QLatin1String(".yml")))
        return QStringLiteral("yaml");
    if (name.endsWith(QLatin1String(".json")))
        return QStringLiteral("json");
    if (name.endsWith(QLatin1String(".md")))
        return QStringLiteral("markdown");
    if (name.endsWith(QLatin1String(".sh")))
        return QStringLiteral("bash");
    if (name.endsWith(QLatin1String(".tf")) || name.endsWith(QLatin1String(".hcl")))
        return QStringLiteral("hcl");
    if (name == QLatin1String("dockerfile") || name.startsWith(QLatin1String("dockerfile.")))
        return QStringLiteral("dockerfile");
    return {};
}

} // namespace

JobDiff JobDiff::compare(const ArtifactList &older, const ArtifactList &newer)
{
    QMap<QString, int> oldByPath;
    QMap<QString, int> newByPath;
    for (int i = 0; i < older.size(); ++i) {
        if (older[i].type != Artifact::Type::Directory && !oldByPath.contains(older[i].path))
            oldByPath.insert(older[i].path, i);
    }
    for (int i = 0; i < newer.size(); ++i) {
        if (newer[i].type != Artifact::Type::Directory && !newByPath.contains(newer[i].path))
            newByPath.insert(newer[i].path, i);
    }

    JobDiff diff;
    QList<FileChange> unchanged;
    QMap<QString, int> all = oldByPath;
    for (auto it = newByPath.cbegin(); it != newByPath.cend(); ++it)
        all.insert(it.key(), 0);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        FileChange change;
        change.path = it.key();
        change.oldIndex = oldByPath.value(it.key(), -1);
        change.newIndex = newByPath.value(it.key(), -1);
        if (change.oldIndex < 0) {
            change.kind = FileChange::Kind::Added;
            change.addedLines = lineCount(newer[change.newIndex].content);
        } else if (change.newIndex < 0) {
            change.kind = FileChange::Kind::Removed;
            change.removedLines = lineCount(older[change.oldIndex].content);
        } else {
            const QByteArray &a = older[change.oldIndex].content;
            const QByteArray &b = newer[change.newIndex].content;
            if (contentHash(a) == contentHash(b)) {
                change.kind = FileChange::Kind::Unchanged;
                unchanged << change;
                continue;
            }
            change.kind = FileChange::Kind::Changed;
            const TextDiff text = TextDiff::compute(a, b);
            change.addedLines = text.addedCount();
            change.removedLines = text.removedCount();
        }
        diff.m_files << change;
    }
    diff.m_files << unchanged;
    return diff;
}

int JobDiff::count(FileChange::Kind kind) const
{
    return int(std::count_if(m_files.cbegin(), m_files.cend(),
                             [kind](const FileChange &c) { return c.kind == kind; }));
}

bool JobDiff::isIdentical() const
{
    return std::all_of(m_files.cbegin(), m_files.cend(),
                       [](const FileChange &c) { return c.kind == FileChange::Kind::Unchanged; });
}

Result<ArtifactList> JobDiff::readFolder(const QString &rootPath, int maxFiles, qint64 maxTotalBytes)
{
    const QFileInfo rootInfo(rootPath);
    if (!rootInfo.isDir())
        return Error(Tr::tr("not a folder"), Location(rootPath));
    const QString root = rootInfo.absoluteFilePath();
    QDir rootDir(root);

    // No FollowSymlinks: a link inside the folder must not pull in files from elsewhere.
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext()) {
        const QString file = it.next();
        if (it.fileInfo().isSymLink())
            continue;
        const QString relative = rootDir.relativeFilePath(file);
        // Skip anything below a symlinked folder (QDirIterator does not descend into them, but
        // be explicit) and our own staging leftovers.
        if (relative.startsWith(QLatin1String(".kubegram-export-")))
            continue;
        paths << relative;
        if (paths.size() > maxFiles)
            return Error(Tr::tr("the folder holds more than %n file(s)", nullptr, maxFiles),
                         Location(root));
    }
    paths.sort();

    ArtifactList out;
    qint64 total = 0;
    for (const QString &relative : std::as_const(paths)) {
        QFile file(rootDir.filePath(relative));
        if (!file.open(QIODevice::ReadOnly))
            return Error(Tr::tr("cannot read: %1").arg(file.errorString()),
                         Location(file.fileName()));
        total += file.size();
        if (total > maxTotalBytes)
            return Error(Tr::tr("the folder holds more than %1 MiB").arg(maxTotalBytes >> 20),
                         Location(root));
        Artifact a;
        a.path = relative;
        a.content = file.readAll();
        a.language = languageForPath(relative);
        out << a;
    }
    return out;
}

} // namespace kg
