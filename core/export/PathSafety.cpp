#include "export/PathSafety.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace kg::pathsafety {

namespace {

// The sentences keep the exporter's translation context, where they were first translated.
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

} // namespace

QString unsafeReason(const QString &path)
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

QStringList sanitize(ArtifactList &artifacts)
{
    QStringList renames;
    QSet<QString> taken;
    // The next number to try per name: k copies of one name cost k tries, not k² / 2.
    QHash<QString, int> nextNumber;
    for (Artifact &a : artifacts) {
        if (a.unsafeReason.isEmpty())
            a.unsafeReason = unsafeReason(a.path);
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
            const QString reason = unsafeReason(candidate);
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

QString numberedPath(const QString &path, int n)
{
    return numbered(path, n);
}

bool crossesSymlink(const QString &root, const QString &relative)
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

QString resolvedRoot(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    // A link to a folder is the folder: resolve it, so nothing replaces or empties the link's
    // target behind the user's back and the link itself stays as it was.
    const QString canonical = QFileInfo(absolute).canonicalFilePath();
    return canonical.isEmpty() ? absolute : canonical;
}

} // namespace kg::pathsafety
