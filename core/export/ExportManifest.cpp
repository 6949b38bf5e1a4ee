#include "export/ExportManifest.h"

#include "export/PathSafety.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace kg {

namespace {

const char *const FormatName = "kubegram-desktop-export";
constexpr int FormatVersion = 1;
// A manifest lists what one export wrote; anything bigger is not one of ours.
constexpr qint64 MaxManifestBytes = 64 * 1024 * 1024;

bool hasHiddenSegment(const QString &relative)
{
    const QStringList segments = relative.split(QLatin1Char('/'));
    return std::any_of(segments.cbegin(), segments.cend(),
                       [](const QString &s) { return s.startsWith(QLatin1Char('.')); });
}

} // namespace

QString ExportManifest::fileName()
{
    return QStringLiteral(".kubegram-export.json");
}

QString ExportManifest::hashOf(const QByteArray &content)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Result<std::optional<ExportManifest>> ExportManifest::read(const QString &root)
{
    const QString path = QDir(root).filePath(fileName());
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return std::optional<ExportManifest>();
    if (info.isSymLink() || !info.isFile())
        return Error(tr("the export record is not a regular file"), Location(path));
    if (info.size() > MaxManifestBytes)
        return Error(tr("the export record is too large to be one"), Location(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("cannot read the export record: %1").arg(file.errorString()),
                     Location(path));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error(tr("the export record is damaged: %1").arg(parseError.errorString()),
                     Location(path));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(FormatName))
        return Error(tr("not an export record of this application"), Location(path));
    if (o.value(QStringLiteral("version")).toInt() > FormatVersion)
        return Error(tr("the export record was written by a newer version"), Location(path));
    ExportManifest manifest;
    manifest.source = o.value(QStringLiteral("source")).toString();
    const QJsonArray files = o.value(QStringLiteral("files")).toArray();
    for (const QJsonValue &value : files) {
        const QJsonObject entry = value.toObject();
        const QString relative = entry.value(QStringLiteral("path")).toString();
        const QString hash = entry.value(QStringLiteral("sha256")).toString();
        // Only clean relative paths count; anything else is ignored, never acted on.
        if (relative.isEmpty() || QDir::isAbsolutePath(relative)
            || QDir::cleanPath(relative) != relative || relative.startsWith(QLatin1String(".."))
            || relative.contains(QLatin1Char('\\')) || hash.size() != 64)
            continue;
        manifest.files.insert(relative, hash);
    }
    return std::optional<ExportManifest>(manifest);
}

QByteArray ExportManifest::toJson() const
{
    QStringList paths = files.keys();
    paths.sort();
    QJsonArray list;
    for (const QString &p : std::as_const(paths)) {
        QJsonObject entry;
        entry.insert(QStringLiteral("path"), p);
        entry.insert(QStringLiteral("sha256"), files.value(p));
        list.append(entry);
    }
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(FormatName));
    o.insert(QStringLiteral("version"), FormatVersion);
    o.insert(QStringLiteral("comment"),
             QStringLiteral("Written by Kubegram Desktop: the files its last export wrote here. "
                            "A later export of the same graph removes only these, and only "
                            "when unchanged."));
    o.insert(QStringLiteral("source"), source);
    o.insert(QStringLiteral("files"), list);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool ExportManifest::listsUnchanged(const QString &root, const QString &relative) const
{
    const auto it = files.constFind(relative);
    if (it == files.cend())
        return false;
    const QString absolute = QDir(root).filePath(relative);
    if (QFileInfo(absolute).isSymLink())
        return false;
    QFile file(absolute);
    return file.open(QIODevice::ReadOnly) && hashOf(file.readAll()) == it.value();
}

QString replaceRefusal(const QString &root, const QString &relative, const QByteArray &content,
                       const ExportManifest *manifest)
{
    const QString absolute = QDir(root).filePath(relative);
    const QFileInfo info(absolute);
    if (!info.exists() && !info.isSymLink())
        return {};
    if (manifest && manifest->listsUnchanged(root, relative))
        return {};
    // A file with exactly the content that would be written changes nothing.
    QFile existing(absolute);
    if (info.isFile() && !info.isSymLink() && existing.open(QIODevice::ReadOnly)
        && existing.size() == content.size() && existing.readAll() == content)
        return {};
    if (manifest && manifest->files.contains(relative))
        return ExportManifest::tr("changed since it was exported");
    return ExportManifest::tr("not written by an earlier export of this graph");
}

QList<StaleFile> staleFiles(const QString &root, const ExportManifest &manifest,
                            const QSet<QString> &generated)
{
    QList<StaleFile> out;
    for (auto it = manifest.files.cbegin(); it != manifest.files.cend(); ++it) {
        const QString &relative = it.key();
        if (generated.contains(relative))
            continue;
        const QString absolute = QDir(root).filePath(relative);
        const QFileInfo info(absolute);
        if (!info.exists() && !info.isSymLink())
            continue; // already gone
        StaleFile stale;
        stale.path = relative;
        if (hasHiddenSegment(relative))
            stale.keptReason = ExportManifest::tr("hidden files are never removed");
        else if (pathsafety::crossesSymlink(root, relative))
            stale.keptReason = ExportManifest::tr("a symbolic link; links are never followed "
                                                  "or removed");
        else if (!info.isFile())
            stale.keptReason = ExportManifest::tr("no longer a file");
        else {
            QFile file(absolute);
            if (!file.open(QIODevice::ReadOnly))
                stale.keptReason = ExportManifest::tr("cannot be read: %1").arg(file.errorString());
            else if (ExportManifest::hashOf(file.readAll()) != it.value())
                stale.keptReason = ExportManifest::tr("changed since it was exported");
        }
        out << stale;
    }
    std::sort(out.begin(), out.end(),
              [](const StaleFile &a, const StaleFile &b) { return a.path < b.path; });
    return out;
}

} // namespace kg
